package io.dsmig.engine;

/** One thing that happened in a migration, at a simulated time, in a phase. */
public record MigrationEvent(long timeNanos, Phase phase, String kind, String message) {

    @Override
    public String toString() {
        return io.dsmig.sim.kernel.SimTime.format(timeNanos) + " " + phase.words() + ": " + message;
    }
}
