package io.dsmig.sim.app;

import io.dsmig.sim.kernel.SimTime;
import io.dsmig.sim.name.Mask;
import io.dsmig.sim.name.Volser;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Allocation activity to schedule: which data sets it touches (non-VSAM data sets matching the masks
 * that no application uses), which volumes new data sets go to, the image its jobs run on, how many
 * changes a minute (Poisson), the weight of each kind of change, when it runs, and how long one of
 * its jobs waits for a data set somebody else holds before the operator cancels it.
 */
public record ChurnDefinition(String name, List<Mask> masks, List<Volser> volumes, String image, double actionsPerMinute,
        Map<ChurnAction, Integer> weights, long startNanos, long stopNanos, long enqWaitMaxNanos) {

    public static final double ACTIONS_PER_MINUTE_MAX = 100_000;

    /** A job waits this long for its data sets unless told otherwise. */
    public static final long ENQ_WAIT_MAX_DEFAULT_NANOS = SimTime.seconds(600);

    public ChurnDefinition {
        masks = List.copyOf(masks);
        volumes = List.copyOf(volumes);
        weights = Map.copyOf(new EnumMap<>(weights));
        if (masks.isEmpty() || volumes.isEmpty()) {
            throw new IllegalArgumentException("churn " + name + " needs masks and volumes");
        }
        if (!(actionsPerMinute > 0 && actionsPerMinute <= ACTIONS_PER_MINUTE_MAX)) {
            throw new IllegalArgumentException("churn " + name + ": " + actionsPerMinute
                    + " changes a minute is outside (0, " + (long) ACTIONS_PER_MINUTE_MAX + "]");
        }
        if (weights.values().stream().mapToInt(Integer::intValue).sum() <= 0
                || weights.values().stream().anyMatch(w -> w < 0)) {
            throw new IllegalArgumentException("churn " + name + ": weights must not be negative and not all zero");
        }
        if (startNanos < 0 || stopNanos <= startNanos) {
            throw new IllegalArgumentException("churn " + name + " must stop after it starts");
        }
        if (enqWaitMaxNanos <= 0) {
            throw new IllegalArgumentException("churn " + name + ": a job must be allowed to wait for its data sets "
                    + "for some time (not " + SimTime.format(enqWaitMaxNanos) + ")");
        }
    }

    /** Every kind of change, equally likely, from now on. */
    public static ChurnDefinition of(String name, List<Mask> masks, List<Volser> volumes, String image, double perMinute) {
        Map<ChurnAction, Integer> w = new EnumMap<>(ChurnAction.class);
        for (ChurnAction a : ChurnAction.values()) {
            w.put(a, 1);
        }
        return new ChurnDefinition(name, masks, volumes, image, perMinute, w, 0, Long.MAX_VALUE,
                ENQ_WAIT_MAX_DEFAULT_NANOS);
    }

    public ChurnDefinition withWeights(Map<ChurnAction, Integer> value) {
        return new ChurnDefinition(name, masks, volumes, image, actionsPerMinute, value, startNanos, stopNanos,
                enqWaitMaxNanos);
    }

    public ChurnDefinition withWindow(long start, long stop) {
        return new ChurnDefinition(name, masks, volumes, image, actionsPerMinute, weights, start, stop, enqWaitMaxNanos);
    }

    /** How long a job waits for a data set somebody else holds before the operator cancels it. */
    public ChurnDefinition withEnqWaitMax(long value) {
        return new ChurnDefinition(name, masks, volumes, image, actionsPerMinute, weights, startNanos, stopNanos, value);
    }
}
