package io.dsmig.engine;

import io.dsmig.sim.services.ApplicationService.AppHandle;

/**
 * How a migration asks for its data sets to be closed (step h of the method). The migration calls
 * it once, when the changed tracks are few enough, then keeps resyncing until every data set is
 * closed; the downtime window opens then. The default asks each application holding a data set.
 *
 * <p>A hook that throws aborts the migration cleanly with the hook's message.
 */
@FunctionalInterface
public interface CloseHook {

    void requestClose(HookContext context);

    /** Asks every application that holds one of the data sets to close. */
    CloseHook ASK_HOLDERS = context -> context.holders().forEach(AppHandle::requestClose);
}
