package io.dsmig.dsl.hooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dsmig.dsl.ast.Pos;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroovyHooksTest {

    private final GroovyHooks hooks = new GroovyHooks();
    private final Pos at = new Pos("x.dsmig", 10, 30, 20);

    @Test
    void aHookRunsWithItsBindingAndReturnsItsValue() throws Exception {
        CompiledHook hook = hooks.compile("close hook", "a + b", at);
        assertEquals(5, hook.run(Map.of("a", 2, "b", 3)));
    }

    @Test
    void aRunawayHookStopsAfterItsStepBudgetNamingItsLine() throws Exception {
        CompiledHook hook = hooks.compile("close hook for PAYMIG", "def n = 0\nwhile (true) { n++ }", at);
        HookFailure f = assertThrows(HookFailure.class, () -> hook.run(Map.of()));
        assertTrue(f.getMessage().contains("ran past its limit of 1,000,000 steps"), f.getMessage());
        assertTrue(f.getMessage().startsWith("x.dsmig:11:"), f.getMessage());
    }

    @Test
    void anExceptionInAHookIsReportedWithTheScriptLine() throws Exception {
        CompiledHook hook = hooks.compile("reconcile hook", "\n\nthrow new IllegalStateException('no way')", at);
        HookFailure f = assertThrows(HookFailure.class, () -> hook.run(Map.of()));
        assertEquals("x.dsmig:12:1: reconcile hook failed: no way", f.getMessage());
    }

    @Test
    void aCompileErrorPointsIntoTheScript() {
        HookCompileError e = assertThrows(HookCompileError.class, () -> hooks.compile("close hook", "\n  def x = (", at));
        assertEquals(11, e.pos().line());
        assertTrue(e.getMessage().startsWith("close hook does not compile:"), e.getMessage());
    }
}
