package io.dsmig.dsl.hooks;

import io.dsmig.engine.HookContext;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Mask;
import io.dsmig.sim.services.ApplicationService.AppHandle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The applications, as a hook sees them ({@code apps} in Groovy): {@code apps.all},
 * {@code apps.holding}, {@code apps.named('CICSPAY')}, {@code apps.matching('PAYROLL.**')} — the last
 * being the applications that hold any of the migration's data sets matching the mask.
 */
public final class HookApps {

    /** One application: {@code close()}, {@code reopen()}, {@code name}, {@code image}, {@code state}. */
    public static final class App {
        private final AppHandle handle;

        App(AppHandle handle) {
            this.handle = handle;
        }

        public String getName() {
            return handle.name();
        }

        public String getImage() {
            return handle.image();
        }

        public String getState() {
            return handle.state();
        }

        /** Asks it to close (it closes after its close latency). */
        public void close() {
            handle.requestClose();
        }

        public void reopen() {
            handle.reopen();
        }

        @Override
        public String toString() {
            return handle.name() + " (" + handle.state() + " on " + handle.image() + ")";
        }
    }

    private final HookContext context;

    HookApps(HookContext context) {
        this.context = context;
    }

    public List<App> getAll() {
        return context.applications().stream().map(App::new).toList();
    }

    public List<App> getHolding() {
        return context.holders().stream().map(App::new).toList();
    }

    public App named(String name) {
        return new App(context.application(name));
    }

    public List<App> matching(String mask) {
        Mask m = Mask.parse(mask);
        Set<String> names = new LinkedHashSet<>();
        for (DataSetName dsn : context.dataSets()) {
            if (m.matches(dsn)) {
                context.holders(dsn).forEach(h -> names.add(h.name()));
            }
        }
        return names.stream().map(context::application).map(App::new).toList();
    }
}
