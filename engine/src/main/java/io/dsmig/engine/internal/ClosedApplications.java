package io.dsmig.engine.internal;

import io.dsmig.sim.services.ApplicationService.AppHandle;
import io.dsmig.sim.services.SystemServices;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The applications a migration asked to close (those holding its data sets when it asked), and
 * telling them to reopen: all of them after the switch, or on abort each one as soon as it has
 * closed. An application whose image is down is not told: it starts again when its image comes back.
 */
final class ClosedApplications {

    private final SystemServices services;
    private final Recorder recorder;
    private final Set<String> names = new LinkedHashSet<>();

    ClosedApplications(SystemServices services, Recorder recorder) {
        this.services = services;
        this.recorder = recorder;
    }

    void add(String name) {
        names.add(name);
    }

    int count() {
        return names.size();
    }

    /** Signals every application asked to close to reopen (the window is over). */
    void reopenAll() {
        for (String name : names) {
            reopenIfReachable(services.applications().get(name));
        }
    }

    /**
     * Tells every application the migration asked to close to reopen. One still closing (its close
     * latency not yet over) is told as soon as it has closed, or it would stay closed for good.
     */
    void reopenOnceClosed() {
        Set<String> closing = new LinkedHashSet<>();
        for (String name : names) {
            AppHandle app = services.applications().get(name);
            if (app.state().equals("closed")) {
                reopenIfReachable(app);
            } else if (app.state().equals("closing")) {
                closing.add(name);
            }
        }
        if (closing.isEmpty()) {
            return;
        }
        List<Consumer<String>> self = new ArrayList<>(1);
        Consumer<String> reopenWhenClosed = name -> {
            if (!closing.contains(name)) {
                return;
            }
            AppHandle app = services.applications().get(name);
            if (app.state().equals("closing")) {
                return;
            }
            closing.remove(name);
            if (app.state().equals("closed")) {
                reopenIfReachable(app);
            }
            if (closing.isEmpty()) {
                services.applications().removeStateListener(self.get(0));
            }
        };
        self.add(reopenWhenClosed);
        services.applications().addStateListener(reopenWhenClosed);
    }

    /**
     * Signals an application to reopen, unless its image is down: nothing runs there to hear it, and it
     * starts again when its image comes back.
     */
    private void reopenIfReachable(AppHandle app) {
        if (services.monitors().isUp(app.image())) {
            app.reopen();
        } else {
            recorder.event("reopen", app.name() + " is not told to reopen: its image " + app.image() + " is down");
        }
    }
}
