package io.dsmig.dsl.parse;

import io.dsmig.dsl.Diagnostics;
import io.dsmig.dsl.Hints;
import io.dsmig.dsl.Syntax;
import io.dsmig.dsl.ast.Pos;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Turns ANTLR's syntax errors into diagnostics a user can act on: what was expected, in words, what
 * was found, and the nearest keyword when the word found looks like a typo of one. One error per
 * line at most, so a single mistake does not cascade.
 */
final class SyntaxErrors extends BaseErrorListener {

    private static final String END = "the end of the statement";

    private final String file;
    private final Diagnostics diagnostics;
    private final Set<Integer> linesReported = new LinkedHashSet<>();
    private boolean atEnd;

    private final boolean exactExpectations;

    /**
     * @param exactExpectations whether to work out exactly what may follow (see {@link ExpectedTokens});
     *        without, the parser's own expected set is used, which is cheaper and enough to tell whether
     *        a statement is merely incomplete
     */
    SyntaxErrors(String file, Diagnostics diagnostics, boolean exactExpectations) {
        this.file = file;
        this.diagnostics = diagnostics;
        this.exactExpectations = exactExpectations;
    }

    /** Whether an error was found at the very end of the input: the statement is incomplete, not wrong. */
    boolean atEnd() {
        return atEnd;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int column, String msg,
            RecognitionException e) {
        if (!linesReported.add(line)) {
            return;
        }
        Token token = (Token) offending;
        if (token != null && token.getType() == Token.EOF) {
            atEnd = true;
        }
        Pos pos = new Pos(file, line, column + 1, token == null || token.getType() == Token.EOF ? 1
                : Math.max(1, token.getText().length()));
        if (token != null && token.getType() == DsmigLexer.ERROR_CHAR) {
            diagnostics.error(pos, badCharacter(token.getText()), hintFor(token.getText()));
            return;
        }
        if (!(recognizer instanceof Parser parser)) {
            diagnostics.error(pos, msg, "");
            return;
        }
        if (unclosedTripleQuote(token)) {
            diagnostics.error(new Pos(file, line, column + 1, 3), "this \"\"\" block is never closed",
                    "end the Groovy code with \"\"\"");
            return;
        }
        Token previous = token == null ? null : ExpectedTokens.previous(parser.getTokenStream(), token);
        IntervalSet exact = token == null || !exactExpectations ? null
                : ExpectedTokens.at(parser.getTokenStream(), token);
        IntervalSet expected = exact != null ? exact : parser.getExpectedTokens();
        String found = token == null || token.getType() == Token.EOF ? "the end of the script"
                : token.getType() == DsmigLexer.NEWLINE || token.getType() == DsmigLexer.SEMI ? "the end of the statement"
                : quoted(token);
        String after = previous == null || previous.getType() == DsmigLexer.NEWLINE ? "" : " after " + quoted(previous);
        if (token != null && token.getType() == Token.EOF && previous != null && previous.getLine() > 0) {
            // The end of the script has no line of its own to show: point just after the last token.
            pos = new Pos(file, previous.getLine(), previous.getCharPositionInLine() + 1
                    + (previous.getText().contains("\n") ? 0 : previous.getText().length()), 1);
        }
        if (previous != null && readAsName(previous, expected)) {
            // "churn on SYSA …": the keyword the user meant took the place of the name before it.
            diagnostics.error(pos, quoted(previous) + " was read as a name here, so " + describe(expected, false)
                    + " must follow it; found " + found, "put a name before " + quoted(previous));
            return;
        }
        String hint = token == null ? "" : hint(token, expected);
        if (hint.isEmpty() && previous != null) {
            hint = statementSyntax(ExpectedTokens.first(parser.getTokenStream(), token));
        }
        diagnostics.error(pos, "expected " + describe(expected, previous == null) + after + ", found " + found, hint);
    }

    /** The syntax of the statement {@code first} begins, to show under an error inside it; "" when unknown. */
    private static String statementSyntax(Token first) {
        if (first == null || DsmigLexer.VOCABULARY.getLiteralName(first.getType()) == null) {
            return "";
        }
        return Syntax.ofStatement(first.getText()).orElse("");
    }

    /**
     * Whether {@code token} is the start of a {@code """} that is never closed: the lexer then reads
     * an empty string {@code ""} followed by a third quote.
     */
    private static boolean unclosedTripleQuote(Token token) {
        if (token == null || token.getType() != DsmigLexer.STRING || !token.getText().equals("\"\"")) {
            return false;
        }
        int next = token.getStopIndex() + 1;
        return next < token.getInputStream().size()
                && token.getInputStream().getText(Interval.of(next, next)).equals("\"");
    }

    /**
     * Whether {@code previous}, a keyword, stood where a name was wanted and the same keyword is what
     * must come next: the name before it was left out.
     */
    private static boolean readAsName(Token previous, IntervalSet expected) {
        String literal = DsmigLexer.VOCABULARY.getLiteralName(previous.getType());
        return literal != null && Character.isLetter(literal.charAt(1)) && expected.size() == 1
                && expected.contains(previous.getType());
    }

    /** A token as a user wrote it: a quoted string as it is, anything else in quotes. */
    private static String quoted(Token t) {
        return t.getType() == DsmigLexer.STRING ? t.getText() : "'" + t.getText() + "'";
    }

    private static String badCharacter(String text) {
        if (text.equals("'") || text.equals("\"")) {
            return "this quote is never closed";
        }
        return "'" + text + "' is not allowed here";
    }

    private static String hintFor(String text) {
        return text.equals("'") || text.equals("\"") ? "close the quote before the end of the statement"
                : "names use A-Z, 0-9, #, @, $; data set names and masks go in quotes";
    }

    /** The expected tokens in words: a statement, a name, a number, or a short list of keywords. */
    static String describe(IntervalSet expected, boolean statementStart) {
        List<String> words = new ArrayList<>();
        int keywords = 0;
        for (int type : expected.toList()) {
            String w = word(type);
            if (w == null) {
                continue;
            }
            if (w.startsWith("'")) {
                keywords++;
            }
            if (!words.contains(w)) {
                words.add(w);
            }
        }
        if (statementStart && expected.contains(DsmigLexer.SELECT) && expected.contains(DsmigLexer.VOLUME)
                && expected.contains(DsmigLexer.RUN)) {
            return "a statement (image, volume, dataset, application, select, run, show, …)";
        }
        if (keywords > 8 && expected.contains(DsmigLexer.ID)) {
            // Every keyword is also a name: where a name may stand, the keywords are not worth listing.
            words.removeIf(w -> w.startsWith("'"));
        }
        if (words.remove(END)) {
            words.add(END);
        }
        if (words.size() > 10) {
            return String.join(", ", words.subList(0, 10)) + " or another";
        }
        return words.size() <= 1 ? (words.isEmpty() ? "something else" : words.get(0))
                : String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    private static String word(int type) {
        return switch (type) {
            case DsmigLexer.ID, DsmigLexer.ALNUM -> "a name";
            case DsmigLexer.STRING -> "a quoted name";
            case DsmigLexer.NUMBER -> "a number";
            case DsmigLexer.DURATION -> "a duration (like 10s)";
            case DsmigLexer.PERCENT -> "a percentage (like 60%)";
            case DsmigLexer.DEVICE -> "a device type (like 3390-3)";
            case DsmigLexer.GROOVY_BLOCK -> "a \"\"\"…\"\"\" block of Groovy";
            case DsmigLexer.PARAM_REF -> null;
            case DsmigLexer.NEWLINE, DsmigLexer.SEMI, Token.EOF -> END;
            case DsmigLexer.DOTDOT -> "'..'";
            case DsmigLexer.COMMA -> "','";
            case DsmigLexer.SLASH -> "'/'";
            case DsmigLexer.LT -> "'<'";
            case DsmigLexer.EQ -> "'='";
            default -> {
                String literal = DsmigLexer.VOCABULARY.getLiteralName(type);
                yield literal == null ? null : literal;
            }
        };
    }

    private static String hint(Token found, IntervalSet expected) {
        if (found.getType() == DsmigLexer.ALNUM && expected.contains(DsmigLexer.ID)) {
            return "a name starts with a letter, #, @ or $";
        }
        return keywordHint(found.getText(), expected);
    }

    /** "did you mean 'merge'?" when the word found is a near miss of an expected keyword. */
    private static String keywordHint(String found, IntervalSet expected) {
        List<String> keywords = new ArrayList<>();
        for (int type : expected.toList()) {
            String literal = DsmigLexer.VOCABULARY.getLiteralName(type);
            if (literal != null && literal.length() > 3 && Character.isLetter(literal.charAt(1))) {
                keywords.add(literal.substring(1, literal.length() - 1));
            }
        }
        String near = Hints.nearest(found.toLowerCase(Locale.ROOT), keywords);
        return near == null || near.equalsIgnoreCase(found) ? "" : "did you mean '" + near.toLowerCase(Locale.ROOT) + "'?";
    }
}
