package io.dsmig.dsl.hooks;

import groovy.lang.GroovyClassLoader;
import groovy.lang.GroovyCodeSource;
import groovy.lang.Script;
import groovy.transform.ConditionalInterrupt;
import io.dsmig.dsl.ast.Pos;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.Parameter;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.StaticMethodCallExpression;
import org.codehaus.groovy.ast.stmt.ExpressionStatement;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.codehaus.groovy.control.customizers.ASTTransformationCustomizer;
import org.codehaus.groovy.control.customizers.ImportCustomizer;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.syntax.SyntaxException;

/**
 * Compiles hook code with Groovy. Every compiled hook checks its step budget at each loop, method and
 * closure ({@link HookBudget}), and imports what hooks commonly use.
 *
 * <p>Creating the first class loader and compiling costs about a second; {@link #warmUp()} pays it on
 * a background thread so the first real hook (or the shell's prompt) does not wait.
 */
public final class GroovyHooks {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final GroovyClassLoader loader;

    public GroovyHooks() {
        CompilerConfiguration config = new CompilerConfiguration();
        StaticMethodCallExpression check = new StaticMethodCallExpression(ClassHelper.make(HookBudget.class), "exceeded",
                ArgumentListExpression.EMPTY_ARGUMENTS);
        ClosureExpression condition = new ClosureExpression(Parameter.EMPTY_ARRAY, new ExpressionStatement(check));
        config.addCompilationCustomizers(
                new ASTTransformationCustomizer(Map.of("value", condition), ConditionalInterrupt.class),
                new ImportCustomizer().addImports("io.dsmig.engine.Decision", "io.dsmig.engine.ChangeKind"));
        this.loader = new GroovyClassLoader(GroovyHooks.class.getClassLoader(), config);
    }

    /**
     * Compiles {@code code}, found at {@code codePos} in a script, as the hook {@code label}.
     *
     * @throws HookCompileError with the script position of the first compilation error
     */
    public CompiledHook compile(String label, String code, Pos codePos) throws HookCompileError {
        String name = "DsmigHook" + COUNTER.incrementAndGet() + ".groovy";
        try {
            @SuppressWarnings("unchecked")
            Class<? extends Script> type = (Class<? extends Script>) loader.parseClass(new GroovyCodeSource(code, name,
                    "/groovy/script"), false);
            return new CompiledHook(label, type, name, codePos);
        } catch (MultipleCompilationErrorsException e) {
            throw compileError(label, e, codePos);
        } catch (RuntimeException e) {
            throw new HookCompileError(codePos, label + " does not compile: " + e.getMessage());
        }
    }

    private static HookCompileError compileError(String label, MultipleCompilationErrorsException e, Pos codePos) {
        Object first = e.getErrorCollector().getErrors().isEmpty() ? null : e.getErrorCollector().getErrors().get(0);
        if (first instanceof SyntaxErrorMessage m) {
            SyntaxException s = m.getCause();
            int line = codePos.line() + s.getLine() - 1;
            int column = s.getLine() == 1 ? codePos.column() + s.getStartColumn() - 1 : s.getStartColumn();
            String message = s.getOriginalMessage().lines().findFirst().orElse("a syntax error");
            return new HookCompileError(new Pos(codePos.file(), line, Math.max(1, column), 1),
                    label + " does not compile: " + message);
        }
        return new HookCompileError(codePos, label + " does not compile: " + e.getMessage().lines().skip(1)
                .findFirst().orElse("compilation failed"));
    }

    /** A supplier that creates the compiler on first use (creating one loads much of Groovy). */
    public static Supplier<GroovyHooks> lazily() {
        return new Supplier<>() {
            private GroovyHooks hooks;

            @Override
            public synchronized GroovyHooks get() {
                if (hooks == null) {
                    hooks = new GroovyHooks();
                }
                return hooks;
            }
        };
    }

    /** Compiles and runs a trivial hook, so later compilations are fast. Safe to call from any thread. */
    public static void warmUp() {
        try {
            new GroovyHooks().compile("warm-up", "def x = [1, 2, 3].collect { it * 2 }; x.sum()", Pos.NONE)
                    .run(Map.of());
        } catch (HookCompileError e) {
            throw new IllegalStateException("the warm-up hook does not compile", e);
        }
    }
}
