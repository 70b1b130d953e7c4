package io.dsmig.engine.internal;

import io.dsmig.sim.services.SystemServices;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A migration's I/O monitors, one {@link ChangeMonitor} installed on every image that can write a
 * source volume: installed when monitoring starts, again when a volume joins the table or an image
 * comes up, and removed at the switch or on abort. Before the switch, an image going down that runs
 * the migration or a monitor aborts it.
 */
final class Monitors {

    private final Session session;
    private final SystemServices services;
    private final ChangeMonitor monitor;
    private final Set<String> monitoredImages = new LinkedHashSet<>();
    private final BiConsumer<String, Boolean> imageListener = this::imageChanged;

    Monitors(Session session, TranslateTable table) {
        this.session = session;
        this.services = session.services();
        this.monitor = new ChangeMonitor(table);
    }

    /** Writes the monitors have seen to tracked tracks, for the change rate. */
    long written() {
        return monitor.written();
    }

    /** Starts following images going up and down, then installs the monitors; false when that aborted. */
    boolean start() {
        services.monitors().addImageListener(imageListener);
        return ensure();
    }

    /**
     * Installs the monitor on every image that can write a source volume and has none yet; false when
     * one cannot host it (the migration is aborted, naming it).
     */
    boolean ensure() {
        Set<String> needed = new LinkedHashSet<>();
        for (SourceTracks s : session.translateTable().sources()) {
            needed.addAll(services.monitors().imagesThatCanWrite(s.volser));
        }
        for (String i : needed) {
            if (monitoredImages.contains(i)) {
                continue;
            }
            try {
                services.monitors().install(i, monitor);
                monitoredImages.add(i);
                session.recorder().event("monitor", "monitor started on " + i);
            } catch (RuntimeException e) {
                session.abortNow(i + " can write a source volume but cannot host an I/O monitor ("
                        + session.describe(e) + ")");
                return false;
            }
        }
        return true;
    }

    /** Removes every monitor installed (at the switch, or on abort). */
    void removeAll() {
        for (String i : monitoredImages) {
            services.monitors().remove(i, monitor);
        }
        monitoredImages.clear();
    }

    /** Stops following images going up and down (the migration has ended). */
    void stopListening() {
        services.monitors().removeImageListener(imageListener);
    }

    /**
     * Before the switch, an image going down that runs the migration or a monitor aborts it; an image
     * coming up that can write a source volume gets a monitor at once, before anything on it can
     * write (or, if it cannot host one, the migration aborts).
     */
    private void imageChanged(String name, boolean up) {
        if (session.switched() || session.stopping()) {
            return;
        }
        String image = session.image();
        if (!up && (monitoredImages.contains(name) || name.equals(image))) {
            session.abortNow("image " + name + " went down before the switch; "
                    + (name.equals(image) ? "the migration ran there" : "its monitor can no longer see its writes"));
        } else if (up) {
            ensure();
        }
    }
}
