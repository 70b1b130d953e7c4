package io.dsmig.engine.internal;

import io.dsmig.engine.Phase;
import io.dsmig.sim.kernel.SimTime;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.services.SystemServices;
import java.util.Set;
import java.util.TreeSet;

/**
 * Undoing a migration aborted before the switch, once it has stopped issuing copy I/O: removes the
 * monitors, waits for the I/Os in flight (so none lands in space about to be freed), then scratches
 * every target and any VVDS it created, releases its ENQs, stops following images and reopens the
 * applications it closed. The catalog is left alone.
 */
final class Undo {

    private final Session session;
    private final SystemServices services;

    Undo(Session session) {
        this.session = session;
        this.services = session.services();
    }

    void run() {
        session.monitors().removeAll();
        drainThenUndo();
    }

    /** Waits for copy I/Os in flight, so none lands in space about to be freed, then undoes everything. */
    private void drainThenUndo() {
        if (session.copier().inFlight() > 0) {
            session.kernel().post(SimTime.millis(1), this::drainThenUndo);
            return;
        }
        session.targets().scratchAll();
        Set<Volser> vvds = new TreeSet<>(session.vvdsCreated());
        vvds.addAll(session.assessment().vvdsVolumes());
        vvds.forEach(v -> services.vvds().scratchIfEmpty(v));
        session.serialization().releaseAll();
        session.monitors().stopListening();
        session.closedApplications().reopenOnceClosed();
        session.figures().finishedNanos = session.kernel().nowNanos();
        session.recorder().enter(Phase.ABORTED, "aborted: targets freed, monitors removed, catalog untouched");
    }
}
