package io.dsmig.engine;

import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.services.ApplicationService.AppHandle;
import java.util.List;

/**
 * What a hook sees and may use: the migration, its data sets, the applications (all of them, and
 * those holding the migration's data sets now), the simulated clock, a log, and a way to act later in
 * simulated time (an operator who closes the applications in five minutes).
 */
public interface HookContext {

    Migration migration();

    /** The data sets of the migration, in name order. */
    List<DataSetName> dataSets();

    /** Every application of the installation. */
    List<AppHandle> applications();

    /**
     * The applications holding any of the migration's data sets open now. Batch jobs holding one are
     * not among them: they cannot be asked to close, and the window waits for their steps to end.
     */
    List<AppHandle> holders();

    /** The applications holding {@code dataSet} open now. */
    List<AppHandle> holders(DataSetName dataSet);

    /** One application by name. */
    AppHandle application(String name);

    /** Simulated time now, in nanoseconds. */
    long nowNanos();

    /** Adds a line to the migration's events. */
    void log(String message);

    /** Runs {@code action} after {@code delayNanos} of simulated time. */
    void later(long delayNanos, Runnable action);
}
