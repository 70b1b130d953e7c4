package io.dsmig.dsl;

import io.dsmig.dsl.parse.DsmigLexer;
import io.dsmig.dsl.parse.ScriptParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * How to colour a statement as it is typed, from the real lexer: keywords, names, quoted strings,
 * numbers and durations, comments, hook code — and the token where the parser first found an error.
 */
public final class Highlight {

    /** The kinds of text a terminal may colour differently. */
    public enum Style { KEYWORD, NAME, STRING, NUMBER, COMMENT, CODE, PUNCTUATION, ERROR }

    /** A run of characters, [start, end), in one style. */
    public record Span(int start, int end, Style style) {
    }

    private Highlight() {
    }

    public static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        for (Token t : ScriptParser.tokens(text)) {
            Style style = style(t.getType());
            if (style != null && t.getStopIndex() >= t.getStartIndex()) {
                spans.add(new Span(t.getStartIndex(), t.getStopIndex() + 1, style));
            }
        }
        return spans;
    }

    /** The span of the first syntax error in a complete statement, or null (an incomplete one has none yet). */
    public static Span error(String text) {
        if (text.isBlank() || ScriptParser.incomplete(text)) {
            return null;
        }
        var result = ScriptParser.parse(new Source("<shell>", text));
        if (!result.diagnostics().hasErrors()) {
            return null;
        }
        var pos = result.diagnostics().all().get(0).pos();
        int offset = offsetOf(text, pos.line(), pos.column());
        return offset < 0 ? null : new Span(offset, Math.min(text.length(), offset + Math.max(1, pos.length())), Style.ERROR);
    }

    private static int offsetOf(String text, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            offset = text.indexOf('\n', offset);
            if (offset < 0) {
                return -1;
            }
            offset++;
        }
        return Math.min(text.length(), offset + column - 1);
    }

    private static Style style(int type) {
        return switch (type) {
            case DsmigLexer.ID, DsmigLexer.ALNUM, DsmigLexer.PARAM_REF -> Style.NAME;
            case DsmigLexer.STRING -> Style.STRING;
            case DsmigLexer.NUMBER, DsmigLexer.DURATION, DsmigLexer.PERCENT, DsmigLexer.DEVICE -> Style.NUMBER;
            case DsmigLexer.COMMENT -> Style.COMMENT;
            case DsmigLexer.GROOVY_BLOCK -> Style.CODE;
            case DsmigLexer.ERROR_CHAR -> Style.ERROR;
            case DsmigLexer.COMMA, DsmigLexer.SEMI, DsmigLexer.DOTDOT, DsmigLexer.SLASH, DsmigLexer.LT, DsmigLexer.EQ ->
                    Style.PUNCTUATION;
            case DsmigLexer.WS, DsmigLexer.NEWLINE, DsmigLexer.CONTINUATION -> null;
            default -> type > 0 && type <= DsmigLexer.WRITES ? Style.KEYWORD : null;
        };
    }
}
