package io.dsmig.dsl.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNConfig;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.atn.RuleStopState;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * The tokens that could stand where a syntax error was found.
 *
 * <p>ANTLR's own expected set describes the parser's state when it gave up, and when it could not
 * choose between alternatives that share a start ({@code show volume …}, {@code show table …}) that
 * state is before the shared start: for {@code show volumez} it would say "expected 'show'". Here the
 * statement's tokens up to the error are run through the grammar's ATN from the start of a statement,
 * following every alternative at once with full context (the way ANTLR predicts), and the tokens the
 * surviving paths can take next are the ones expected. The grammar has no predicates, so this is exact,
 * and it costs one pass over a statement's tokens.
 */
final class ExpectedTokens {

    /** Statements longer than this (in tokens) fall back to ANTLR's own expected set. */
    static final int PREFIX_TOKENS_MAX = 500;

    private ExpectedTokens() {
    }

    /** The token before {@code offending} in its statement, or null when it starts the statement. */
    static Token previous(TokenStream tokens, Token offending) {
        int i = offending.getTokenIndex() - 1;
        while (i >= 0 && tokens.get(i).getChannel() != Token.DEFAULT_CHANNEL) {
            i--;
        }
        if (i < 0) {
            return null;
        }
        Token t = tokens.get(i);
        return isSeparator(t.getType()) ? null : t;
    }

    /** The first token of {@code offending}'s statement, or null when {@code offending} is that token. */
    static Token first(TokenStream tokens, Token offending) {
        Token first = null;
        for (int i = offending.getTokenIndex() - 1; i >= 0 && !isSeparator(tokens.get(i).getType()); i--) {
            if (tokens.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
                first = tokens.get(i);
            }
        }
        return first;
    }

    /** The token types that can stand where {@code offending} is; null when that cannot be worked out. */
    static IntervalSet at(TokenStream tokens, Token offending) {
        List<Integer> prefix = statementPrefix(tokens, offending);
        return prefix == null ? null : new Simulator().expectedAfter(prefix);
    }

    /** The token types of the statement before {@code offending}: back to the last separator. */
    private static List<Integer> statementPrefix(TokenStream tokens, Token offending) {
        int end = offending.getTokenIndex();
        if (end < 0) {
            return null;
        }
        int start = end;
        while (start > 0 && !isSeparator(tokens.get(start - 1).getType())) {
            start--;
            if (end - start > PREFIX_TOKENS_MAX) {
                return null;
            }
        }
        List<Integer> prefix = new ArrayList<>();
        for (int i = start; i < end; i++) {
            if (tokens.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
                prefix.add(tokens.get(i).getType());
            }
        }
        return prefix;
    }

    private static boolean isSeparator(int type) {
        return type == DsmigLexer.NEWLINE || type == DsmigLexer.SEMI;
    }

    /** ANTLR's prediction machinery, run from the start of a statement over a given list of tokens. */
    private static final class Simulator extends ParserATNSimulator {

        private static final ATN GRAMMAR = DsmigParser._ATN;

        Simulator() {
            super(new DsmigParser(new CommonTokenStream(new ListTokenSource(List.of()))), GRAMMAR, dfas(),
                    new PredictionContextCache());
        }

        private static DFA[] dfas() {
            DFA[] dfas = new DFA[GRAMMAR.getNumberOfDecisions()];
            for (int i = 0; i < dfas.length; i++) {
                dfas[i] = new DFA(GRAMMAR.getDecisionState(i), i);
            }
            return dfas;
        }

        IntervalSet expectedAfter(List<Integer> prefix) {
            ATNConfigSet configs = closed(computeStartState(GRAMMAR.ruleToStartState[DsmigParser.RULE_statement],
                    ParserRuleContext.EMPTY, true));
            for (int type : prefix) {
                ATNConfigSet reach = computeReachSet(configs, type, true);
                if (reach == null) {
                    return null;
                }
                configs = closed(reach);
            }
            IntervalSet expected = new IntervalSet();
            for (ATNConfig c : configs) {
                if (c.state instanceof RuleStopState) {
                    // The statement may end here.
                    expected.add(DsmigLexer.NEWLINE);
                    expected.add(DsmigLexer.SEMI);
                    expected.add(Token.EOF);
                    continue;
                }
                for (int i = 0; i < c.state.getNumberOfTransitions(); i++) {
                    Transition t = c.state.transition(i);
                    if (!t.isEpsilon() && t.label() != null) {
                        expected.addAll(t.label());
                    }
                }
            }
            return expected;
        }

        /**
         * The configurations with their closure. {@code computeReachSet} skips the closure when one
         * alternative is left, and with full context it carries over configurations that had already
         * ended the statement before the token; every step here needs the closure and none of those.
         */
        private ATNConfigSet closed(ATNConfigSet configs) {
            ATNConfigSet out = new ATNConfigSet(true);
            Set<ATNConfig> busy = new HashSet<>();
            for (ATNConfig c : configs) {
                if (!(c.state instanceof RuleStopState)) {
                    closure(c, out, busy, false, true, false);
                }
            }
            return out;
        }
    }
}
