package io.dsmig.dsl.parse;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * ANTLR's error recovery, made to keep to statements: an error is recovered from at the end of its
 * statement, so the statements after it are still checked and a mistake is reported once.
 * <ul>
 * <li>It never deletes the end of a statement to go on with the statement. By default, after
 * {@code param X =} and a newline, it would drop the newline, read the next line's first word as the
 * missing value and report a second, false error on that line; keeping the separator makes it assume
 * the missing token instead.</li>
 * <li>Extra tokens after a complete statement ({@code image SYS%A}) are skipped to the end of that
 * statement. By default the error is recovered from in the rule for the whole script, which then
 * ends: nothing after the first such error was checked.</li>
 * </ul>
 */
final class SeparatorKeepingErrorStrategy extends DefaultErrorStrategy {

    @Override
    protected Token singleTokenDeletion(Parser recognizer) {
        if (isSeparator(recognizer.getInputStream().LA(1))) {
            return null;
        }
        return super.singleTokenDeletion(recognizer);
    }

    @Override
    public void sync(Parser recognizer) throws RecognitionException {
        TokenStream input = recognizer.getInputStream();
        int next = input.LA(1);
        if (!(recognizer.getContext() instanceof DsmigParser.ScriptContext) || inErrorRecoveryMode(recognizer)
                || next == Token.EOF || isSeparator(next) || recognizer.getExpectedTokens().contains(next)) {
            super.sync(recognizer);
            return;
        }
        beginErrorCondition(recognizer);
        recognizer.notifyErrorListeners(recognizer.getCurrentToken(), "extraneous input", null);
        while (input.LA(1) != Token.EOF && !isSeparator(input.LA(1))) {
            recognizer.consume();
        }
        endErrorCondition(recognizer);
    }

    private static boolean isSeparator(int type) {
        return type == DsmigLexer.NEWLINE || type == DsmigLexer.SEMI;
    }
}
