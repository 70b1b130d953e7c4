package io.dsmig.sim.app;

import io.dsmig.sim.name.DataSetName;

/** One change churn made (or tried to: {@code done} is false and {@code detail} says why not). */
public record ChurnEvent(long timeNanos, ChurnAction action, DataSetName dataSet, DataSetName newName, boolean done,
        String detail) {

    @Override
    public String toString() {
        return action.name().toLowerCase() + " " + dataSet + (newName == null ? "" : " -> " + newName)
                + (done ? "" : " (not done: " + detail + ")");
    }
}
