package io.dsmig.sim.app;

import io.dsmig.sim.kernel.SimTime;
import io.dsmig.sim.name.DataSetName;
import java.util.Locale;

/**
 * One change churn made (or tried to: {@code done} is false and {@code detail} says why not), and how
 * long its job waited for the data sets it needed because somebody else held them.
 */
public record ChurnEvent(long timeNanos, ChurnAction action, DataSetName dataSet, DataSetName newName, boolean done,
        String detail, long waitedNanos) {

    @Override
    public String toString() {
        // A change refused before it picked a data set has none to name.
        return action.name().toLowerCase(Locale.ROOT) + (dataSet == null ? "" : " " + dataSet)
                + (newName == null ? "" : " -> " + newName)
                + (done ? "" : " (not done: " + detail + ")")
                + (done && waitedNanos > 0 ? " (after waiting " + SimTime.format(waitedNanos) + " for its data sets)" : "");
    }
}
