package io.dsmig.engine.internal;

import io.dsmig.engine.HookContext;
import io.dsmig.engine.Migration;
import io.dsmig.sim.app.Holder;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.services.ApplicationService.AppHandle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The {@link HookContext} a session hands its hooks. */
final class Hooks implements HookContext {

    private final Session session;

    Hooks(Session session) {
        this.session = session;
    }

    @Override
    public Migration migration() {
        return session;
    }

    @Override
    public List<DataSetName> dataSets() {
        return new ArrayList<>(session.snapshot().keySet());
    }

    @Override
    public List<AppHandle> applications() {
        return session.services().applications().all();
    }

    @Override
    public List<AppHandle> holders() {
        Set<String> names = new LinkedHashSet<>();
        for (DataSetName n : session.snapshot().keySet()) {
            addApplications(session.services().enq().holders(n), names);
        }
        return names.stream().map(session.services().applications()::get).toList();
    }

    @Override
    public List<AppHandle> holders(DataSetName dataSet) {
        Set<String> names = new LinkedHashSet<>();
        addApplications(session.services().enq().holders(dataSet), names);
        return names.stream().map(session.services().applications()::get).toList();
    }

    /**
     * The applications among ENQ holders: a batch job cannot be asked to close (the migration waits for
     * its step to end), and the migration itself is no application.
     */
    private static void addApplications(List<Holder> holders, Set<String> names) {
        for (Holder h : holders) {
            if (!h.isJob() && !h.owner().startsWith("DSMIG:")) {
                names.add(h.owner());
            }
        }
    }

    @Override
    public AppHandle application(String name) {
        return session.services().applications().get(name);
    }

    @Override
    public long nowNanos() {
        return session.kernel().nowNanos();
    }

    @Override
    public void log(String message) {
        session.recorder().event("hook", message);
    }

    @Override
    public void later(long delayNanos, Runnable action) {
        session.kernel().post(delayNanos, () -> {
            if (!session.stopping()) {
                try {
                    action.run();
                } catch (RuntimeException e) {
                    session.abortNow("a hook's later action failed: " + session.describe(e));
                }
            }
        });
    }
}
