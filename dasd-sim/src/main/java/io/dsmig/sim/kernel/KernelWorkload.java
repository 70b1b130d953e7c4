package io.dsmig.sim.kernel;

/**
 * Fixed workloads that exercise the kernel alone, for the benchmark module and for measuring the
 * queue after a change. They have no {@code main} and time nothing themselves: the caller times
 * them, outside the simulation.
 *
 * <pre>{@code
 * long start = System.nanoTime();                       // in the benchmark, never in dasd-sim
 * long fired = KernelWorkload.chains(20, 50_000_000);
 * double eventsPerSecond = fired / ((System.nanoTime() - start) / 1e9);
 * }</pre>
 */
public final class KernelWorkload {

    /** The seed the workloads run with, so that every measurement does the same work. */
    public static final long SEED = 20_240_101L;

    /** Delays are drawn uniformly from [1ns, this], so chains interleave and the heap reorders. */
    private static final long DELAY_NANOS_MAX = SimTime.NANOS_PER_MILLI;

    private KernelWorkload() {
    }

    /**
     * {@code chains} self-rescheduling event chains, each posting its next event a random delay
     * ahead (allocating no handles), until {@code events} events have fired in all. Returns the
     * number of events fired, which equals {@code events}.
     */
    public static long chains(int chains, long events) {
        return run(chains, events, false);
    }

    /** As {@link #chains(int, long)}, but every event is scheduled with a cancellable handle. */
    public static long chainsWithHandles(int chains, long events) {
        return run(chains, events, true);
    }

    private static long run(int chains, long events, boolean handles) {
        if (chains <= 0 || events < 0) {
            throw new IllegalArgumentException("need chains > 0 and events >= 0, not " + chains + ", " + events);
        }
        Kernel kernel = new Kernel(SEED);
        Budget budget = new Budget(kernel, kernel.random("kernel-workload/delays"), events, handles);
        for (int i = 0; i < chains && budget.take(); i++) {
            budget.next(new Link(budget));
        }
        kernel.runUntil(Long.MAX_VALUE);
        return kernel.eventsFired();
    }

    /** What the chains share: the kernel, the random delays and the events still to schedule. */
    private static final class Budget {
        private final Kernel kernel;
        private final SimRandom random;
        private final boolean handles;
        private long remaining;

        Budget(Kernel kernel, SimRandom random, long remaining, boolean handles) {
            this.kernel = kernel;
            this.random = random;
            this.remaining = remaining;
            this.handles = handles;
        }

        boolean take() {
            return remaining-- > 0;
        }

        void next(Event link) {
            long delayNanos = 1 + random.nextLong(DELAY_NANOS_MAX);
            if (handles) {
                kernel.schedule(delayNanos, link);
            } else {
                kernel.post(delayNanos, link);
            }
        }
    }

    /** One chain: each firing schedules the same link again while the budget lasts. */
    private static final class Link implements Event {
        private final Budget budget;

        Link(Budget budget) {
            this.budget = budget;
        }

        @Override
        public void fire() {
            if (budget.take()) {
                budget.next(this);
            }
        }
    }
}
