package io.dsmig.dsl.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The tokens that could stand where a syntax error was found, worked out by trying each one.
 *
 * <p>ANTLR's own expected set describes the parser's state when it gave up, and when it could not
 * choose between alternatives that share a start ({@code show volume …}, {@code show table …}) that
 * state is before the shared start: for {@code show volumez} it would say "expected 'show'". Here the
 * statement's tokens up to the error are parsed again with each token type put in the offending
 * token's place; the types with which the parse gets past that place are the ones expected. A
 * statement is a few dozen tokens, so this costs well under a millisecond per error.
 */
final class ExpectedTokens {

    /** Statements longer than this (in tokens) fall back to ANTLR's own expected set. */
    static final int PREFIX_TOKENS_MAX = 200;

    private ExpectedTokens() {
    }

    /** The token before {@code offending} in its statement, or null when it starts the statement. */
    static Token previous(TokenStream tokens, Token offending) {
        int i = offending.getTokenIndex() - 1;
        if (i < 0) {
            return null;
        }
        Token t = tokens.get(i);
        return isSeparator(t) ? null : t;
    }

    /** The token types that can stand where {@code offending} is. */
    static IntervalSet at(TokenStream tokens, Token offending) {
        List<Token> prefix = statementPrefix(tokens, offending);
        IntervalSet expected = new IntervalSet();
        if (prefix == null) {
            return expected;
        }
        for (int type = 1; type <= DsmigLexer.VOCABULARY.getMaxTokenType(); type++) {
            if (type != DsmigLexer.ERROR_CHAR && fits(prefix, type)) {
                expected.add(type);
            }
        }
        if (fits(prefix, Token.EOF)) {
            expected.add(Token.EOF);
        }
        return expected;
    }

    /** The tokens of the statement before {@code offending}: back to the last separator. */
    private static List<Token> statementPrefix(TokenStream tokens, Token offending) {
        int end = offending.getTokenIndex();
        if (end < 0) {
            return null;
        }
        int start = end;
        while (start > 0 && !isSeparator(tokens.get(start - 1))) {
            start--;
            if (end - start > PREFIX_TOKENS_MAX) {
                return null;
            }
        }
        List<Token> prefix = new ArrayList<>();
        for (int i = start; i < end; i++) {
            prefix.add(new CommonToken(tokens.get(i)));
        }
        return prefix;
    }

    private static boolean isSeparator(Token t) {
        return t.getType() == DsmigLexer.NEWLINE || t.getType() == DsmigLexer.SEMI;
    }

    /** Whether a statement of {@code prefix} then a token of {@code type} parses past that token. */
    private static boolean fits(List<Token> prefix, int type) {
        List<Token> tokens = new ArrayList<>(prefix);
        CommonToken candidate = new CommonToken(type, type == Token.EOF ? "<EOF>" : "x");
        tokens.add(candidate);
        if (type != Token.EOF) {
            tokens.add(new CommonToken(Token.EOF, "<EOF>"));
        }
        for (int i = 0; i < tokens.size(); i++) {
            ((CommonToken) tokens.get(i)).setTokenIndex(i);
        }
        DsmigParser parser = new DsmigParser(new CommonTokenStream(new ListTokenSource(tokens)));
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            parser.script();
            return true;
        } catch (ParseCancellationException e) {
            return e.getCause() instanceof RecognitionException r && r.getOffendingToken() != null
                    && r.getOffendingToken().getTokenIndex() > prefix.size();
        }
    }
}
