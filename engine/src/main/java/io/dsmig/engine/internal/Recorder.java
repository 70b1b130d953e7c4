package io.dsmig.engine.internal;

import io.dsmig.engine.MigrationEvent;
import io.dsmig.engine.MigrationReport.Pass;
import io.dsmig.engine.MigrationReport.PendingSample;
import io.dsmig.engine.MigrationReport.PhaseSpan;
import io.dsmig.engine.Phase;
import io.dsmig.engine.ReconcileAction;
import io.dsmig.sim.kernel.Kernel;
import io.dsmig.sim.name.DataSetName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** What a migration writes down as it goes: events, phase spans, passes, pending samples, chunk counts, reconcile actions. */
final class Recorder {

    /**
     * A migration keeps at most this many events, reconcile actions, passes and samples, however long it
     * waits (passes and samples are thinned, the oldest first; passes are still counted).
     */
    private static final int EVENTS_MAX = 100_000;
    private static final int SAMPLES_MAX = 10_000;
    private static final int PASSES_MAX = 10_000;

    private final Kernel kernel;
    private final List<MigrationEvent> events = new ArrayList<>();
    private final List<PhaseSpan> spans = new ArrayList<>();
    private final List<Pass> passes = new ArrayList<>();
    private final List<PendingSample> pending = new ArrayList<>();
    private final Map<DataSetName, long[]> pieces = new HashMap<>();
    private final Map<String, Integer> passCounts = new HashMap<>();
    private final List<ReconcileAction> actions = new ArrayList<>();
    private final List<Consumer<MigrationEvent>> listeners = new ArrayList<>();
    private Phase phase;
    private long phaseStart;

    Recorder(Kernel kernel) {
        this.kernel = kernel;
    }

    Phase phase() {
        return phase;
    }

    void enter(Phase next, String message) {
        long now = kernel.nowNanos();
        if (phase != null) {
            spans.add(new PhaseSpan(phase, phaseStart, now));
        }
        phase = next;
        phaseStart = now;
        event("phase", message);
    }

    void event(String kind, String message) {
        MigrationEvent e = new MigrationEvent(kernel.nowNanos(), phase, kind, message);
        if (events.size() < EVENTS_MAX) {
            events.add(e);
        }
        for (Consumer<MigrationEvent> l : List.copyOf(listeners)) {
            l.accept(e);
        }
    }

    void pass(int number, String kind, long start, long tracks) {
        passCounts.merge(kind, 1, Integer::sum);
        thin(passes, PASSES_MAX);
        passes.add(new Pass(number, kind, start, kernel.nowNanos(), tracks));
    }

    /** Passes of {@code kind} so far, including any thinned from {@link #passes()}. */
    int passCount(String kind) {
        return passCounts.getOrDefault(kind, 0);
    }

    void pending(long tracks) {
        thin(pending, SAMPLES_MAX);
        pending.add(new PendingSample(kernel.nowNanos(), tracks));
    }

    /** At {@code max} entries, keeps every other one, so the list spans the whole run at half the detail. */
    private static <T> void thin(List<T> list, int max) {
        if (list.size() < max) {
            return;
        }
        List<T> thinned = new ArrayList<>();
        for (int i = 0; i < list.size(); i += 2) {
            thinned.add(list.get(i));
        }
        list.clear();
        list.addAll(thinned);
    }

    void chunk(DataSetName dataSet) {
        pieces.computeIfAbsent(dataSet, n -> new long[1])[0]++;
    }

    long chunks(DataSetName dataSet) {
        long[] n = pieces.get(dataSet);
        return n == null ? 0 : n[0];
    }

    void action(ReconcileAction action) {
        if (actions.size() < EVENTS_MAX) {
            actions.add(action);
        }
        event("reconcile", action.toString());
    }

    void addListener(Consumer<MigrationEvent> listener) {
        listeners.add(listener);
    }

    List<MigrationEvent> events() {
        return List.copyOf(events);
    }

    /** The phases so far, the current one ending now. */
    List<PhaseSpan> timeline() {
        List<PhaseSpan> all = new ArrayList<>(spans);
        if (phase != null && !phase.terminal()) {
            all.add(new PhaseSpan(phase, phaseStart, kernel.nowNanos()));
        } else if (phase != null) {
            all.add(new PhaseSpan(phase, phaseStart, phaseStart));
        }
        return all;
    }

    List<Pass> passes() {
        return List.copyOf(passes);
    }

    List<PendingSample> pendingSamples() {
        return List.copyOf(pending);
    }

    List<ReconcileAction> actions() {
        return List.copyOf(actions);
    }
}
