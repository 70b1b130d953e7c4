package io.dsmig.dsl.hooks;

import groovy.lang.Closure;
import io.dsmig.engine.Decision;
import io.dsmig.engine.HookContext;
import io.dsmig.engine.ReconcileChange;
import io.dsmig.sim.kernel.SimTime;
import io.dsmig.sim.name.Volser;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables a hook's Groovy code sees: {@code migration}, {@code dataSets}, {@code apps},
 * {@code clock}, {@code log}, {@code later(duration) { … }}, {@code context}; and in a reconcile hook
 * {@code change} with {@code accept()}, {@code exclude(why)}, {@code abort(why)} and
 * {@code placeOn('VOL1', …)} to return.
 */
final class HookBindings {

    private HookBindings() {
    }

    static Map<String, Object> forClose(HookContext context, CompiledHook hook) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("context", context);
        vars.put("migration", context.migration());
        vars.put("dataSets", context.dataSets().stream().map(Object::toString).toList());
        vars.put("apps", new HookApps(context));
        vars.put("clock", new Clock(context));
        vars.put("log", new Log(context));
        vars.put("later", new Later(context, hook));
        return vars;
    }

    static Map<String, Object> forReconcile(HookContext context, CompiledHook hook, ReconcileChange change) {
        Map<String, Object> vars = forClose(context, hook);
        vars.put("change", change);
        vars.put("accept", new Decide(args -> Decision.accept()));
        vars.put("exclude", new Decide(args -> Decision.exclude(args.length == 0 ? "excluded by the hook" : String.valueOf(args[0]))));
        vars.put("abort", new Decide(args -> Decision.abort(args.length == 0 ? "aborted by the hook" : String.valueOf(args[0]))));
        vars.put("placeOn", new Decide(args -> Decision.placeOn(Arrays.stream(args).map(a -> Volser.of(String.valueOf(a))).toList())));
        return vars;
    }

    /** {@code clock.now} (nanoseconds), {@code clock.seconds}, and the time in words as text. */
    public static final class Clock {
        private final HookContext context;

        Clock(HookContext context) {
            this.context = context;
        }

        public long getNow() {
            return context.nowNanos();
        }

        public double getSeconds() {
            return context.nowNanos() / 1e9;
        }

        @Override
        public String toString() {
            return SimTime.format(context.nowNanos());
        }
    }

    /** {@code log('text')} or {@code log.info('text')}: a line in the migration's events. */
    public static final class Log extends Closure<Void> {
        private static final long serialVersionUID = 1L;
        private final transient HookContext context;

        Log(HookContext context) {
            super(null);
            this.context = context;
        }

        public void doCall(Object message) {
            context.log(String.valueOf(message));
        }

        public void info(Object message) {
            doCall(message);
        }
    }

    /** {@code later('5m') { apps.holding*.close() }}: run the closure after that much simulated time. */
    public static final class Later extends Closure<Void> {
        private static final long serialVersionUID = 1L;
        private final transient HookContext context;
        private final transient CompiledHook hook;

        Later(HookContext context, CompiledHook hook) {
            super(null);
            this.context = context;
            this.hook = hook;
        }

        public void doCall(Object delay, Closure<?> action) {
            long nanos = delay instanceof Number n ? (long) (n.doubleValue() * 1e9) : SimTime.parse(String.valueOf(delay));
            context.later(nanos, () -> {
                HookBudget.reset();
                try {
                    action.call();
                } catch (HookFailure e) {
                    throw e;
                } catch (Exception | StackOverflowError e) {
                    throw hook.failure(e, "a later action of the " + hook.label());
                }
            });
        }
    }

    /** A decision helper for reconcile hooks. */
    public static final class Decide extends Closure<Decision> {
        private static final long serialVersionUID = 1L;
        private final transient java.util.function.Function<Object[], Decision> make;

        Decide(java.util.function.Function<Object[], Decision> make) {
            super(null);
            this.make = make;
        }

        public Decision doCall(Object... args) {
            return make.apply(args);
        }
    }
}
