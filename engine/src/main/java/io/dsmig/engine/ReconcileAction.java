package io.dsmig.engine;

/** A change, what was decided, what was done, when, and whether inside the downtime window. */
public record ReconcileAction(ReconcileChange change, Decision decision, String action, long timeNanos,
        boolean inWindow) {

    @Override
    public String toString() {
        return change + ": " + action + (decision.kind() == Decision.Kind.ACCEPT ? "" : " [" + decision + "]");
    }
}
