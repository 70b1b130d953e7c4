package io.dsmig.engine;

/**
 * Decides each allocation change reconciliation found, before its action is taken. A hook that
 * throws aborts the migration cleanly with the hook's message.
 */
@FunctionalInterface
public interface ReconcileHook {

    Decision decide(ReconcileChange change, HookContext context);

    /** Takes the default action for every change. */
    ReconcileHook ACCEPT_ALL = (change, context) -> Decision.accept();
}
