package io.dsmig.engine;

import io.dsmig.sim.name.Volser;
import java.util.List;
import java.util.Map;

/**
 * A dry run: what a migration would select and where each target would be allocated, any shortfall
 * or other problem that would stop it, warnings, and an estimate of the bulk copy's time (from the
 * installation's device and channel timing, with nothing else using the devices). Making a plan
 * changes nothing.
 */
public record Plan(String name, List<PlannedDataSet> dataSets, List<String> problems, List<String> warnings,
        long tracks, long estimatedCopyNanos, Map<Volser, Long> targetTracksUsed, Map<Volser, Long> targetTracksFree) {

    public Plan {
        dataSets = List.copyOf(dataSets);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        targetTracksUsed = Map.copyOf(targetTracksUsed);
        targetTracksFree = Map.copyOf(targetTracksFree);
    }

    /** Whether the migration could start as planned. */
    public boolean feasible() {
        return problems.isEmpty();
    }
}
