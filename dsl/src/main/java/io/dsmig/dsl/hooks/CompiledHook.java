package io.dsmig.dsl.hooks;

import groovy.lang.Binding;
import groovy.lang.Script;
import io.dsmig.dsl.ast.Pos;
import java.util.List;
import java.util.Map;
import org.codehaus.groovy.runtime.InvokerHelper;

/**
 * A hook's Groovy code, compiled once. Each call runs a fresh instance of the compiled class with a
 * binding of the migration's hook context, under the step budget; a failure becomes a
 * {@link HookFailure} that names the hook's line in the script.
 */
public final class CompiledHook {

    private final String label;
    private final Class<? extends Script> scriptClass;
    private final String scriptName;
    private final Pos codePos;
    /** The names the last run bound, for messages about a name that is not there. */
    private volatile List<String> bound = List.of();

    CompiledHook(String label, Class<? extends Script> scriptClass, String scriptName, Pos codePos) {
        this.label = label;
        this.scriptClass = scriptClass;
        this.scriptName = scriptName;
        this.codePos = codePos;
    }

    /** What the hook is, for messages: "close hook for PAYMIG". */
    public String label() {
        return label;
    }

    public Pos codePos() {
        return codePos;
    }

    /** Runs the hook with these variables bound; returns what the code returned. */
    public Object run(Map<String, Object> variables) {
        Binding binding = new Binding();
        variables.forEach(binding::setVariable);
        bound = List.copyOf(variables.keySet());
        Script script = InvokerHelper.createScript(scriptClass, binding);
        HookBudget.reset();
        try {
            return script.run();
        } catch (HookFailure e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw failure(e, label);
        }
    }

    /**
     * What a failure of this hook's code (or of code it scheduled) says: {@code what} failed, why, at
     * the hook's line that failed. The step budget stops code with an undeclared InterruptedException.
     */
    HookFailure failure(Throwable e, String what) {
        return new HookFailure(where(e), what + (e instanceof InterruptedException
                ? " ran past its limit of " + String.format("%,d", HookBudget.STEPS_MAX) + " steps"
                : " failed: " + HookErrors.describe(e, bound)));
    }

    /** The script position of the hook's line that failed (its first line if the trace does not say). */
    private Pos where(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (scriptName.equals(frame.getFileName()) && frame.getLineNumber() > 0) {
                int line = codePos.line() + frame.getLineNumber() - 1;
                int column = frame.getLineNumber() == 1 ? codePos.column() : 1;
                return new Pos(codePos.file(), line, column, 1);
            }
        }
        return codePos;
    }
}
