package io.dsmig.dsl.parse;

import io.dsmig.dsl.Diagnostics;
import io.dsmig.dsl.Source;
import io.dsmig.dsl.ast.Pos;
import io.dsmig.dsl.ast.Script;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;

/**
 * Lexer and parser: script text in, AST and syntax diagnostics out. The only place that knows ANTLR
 * exists.
 */
public final class ScriptParser {

    /** Scripts longer than this are refused before parsing. */
    public static final int STATEMENTS_MAX = 100_000;

    private ScriptParser() {
    }

    /** What parsing produced: the statements that parsed, the diagnostics, and whether the text just stopped early. */
    public record Result(Script script, Diagnostics diagnostics, boolean incomplete) {
    }

    public static Result parse(Source source) {
        return parse(source, true);
    }

    private static Result parse(Source source, boolean exactExpectations) {
        Diagnostics diagnostics = new Diagnostics();
        DsmigLexer lexer = new DsmigLexer(CharStreams.fromString(source.text(), source.name()));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        DsmigParser parser = new DsmigParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new SeparatorKeepingErrorStrategy());
        SyntaxErrors errors = new SyntaxErrors(source.name(), diagnostics, exactExpectations);
        parser.addErrorListener(errors);
        DsmigParser.ScriptContext tree = parser.script();
        boolean openBlock = openTripleQuote(source.text());
        if (diagnostics.hasErrors()) {
            return new Result(new Script(source.name(), List.of()), diagnostics, errors.atEnd() || openBlock);
        }
        AstBuilder builder = new AstBuilder(source.name());
        Script script = new Script(source.name(), builder.statements(tree));
        for (AstBuilder.Problem problem : builder.problems()) {
            diagnostics.error(problem.pos(), problem.message(), problem.hint());
        }
        if (script.statements().size() > STATEMENTS_MAX) {
            diagnostics.error(new Pos(source.name(), 1, 1, 1), "the script has " + script.statements().size()
                    + " statements; the limit is " + STATEMENTS_MAX, "split it into several scripts and load them");
        }
        return new Result(script, diagnostics, false);
    }

    /**
     * Whether the text stops where a statement cannot end: inside a {@code """} block, after a
     * trailing backslash or comma, or before a statement is complete. The shell then asks for more.
     */
    public static boolean incomplete(String text) {
        String trimmed = text.stripTrailing();
        if (trimmed.isEmpty()) {
            return false;
        }
        if (openTripleQuote(text) || trimmed.endsWith("\\") || trimmed.endsWith(",") || trimmed.endsWith("..")) {
            return true;
        }
        return parse(new Source("<shell>", text), false).incomplete();
    }

    /**
     * A parameter value as given on the command line ({@code --set TARGETS=BIG001,BIG002}), read the
     * way {@code param NAME = VALUE} reads it; null with a diagnostic when it does not parse.
     */
    public static io.dsmig.dsl.ast.Params.ParamValue parseValue(String name, String text, Diagnostics diagnostics) {
        Result r = parse(new Source("--set " + name, "param " + name + " = " + text));
        if (r.diagnostics().hasErrors() || r.script().statements().size() != 1) {
            diagnostics.error(new Pos("--set " + name, 1, 1, 1), "'" + text + "' is not a value (a number, a duration "
                    + "like 10s, a percentage, a quoted name or a volume list)", "");
            return null;
        }
        return ((io.dsmig.dsl.ast.ParamStatement) r.script().statements().get(0)).value();
    }

    /** The tokens of a line, for syntax colouring: type names and positions. */
    public static List<Token> tokens(String text) {
        DsmigLexer lexer = new DsmigLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        @SuppressWarnings("unchecked")
        List<Token> all = (List<Token>) lexer.getAllTokens();
        return all;
    }

    private static boolean openTripleQuote(String text) {
        int count = 0;
        for (int i = text.indexOf("\"\"\""); i >= 0; i = text.indexOf("\"\"\"", i + 3)) {
            count++;
        }
        return count % 2 == 1;
    }
}
