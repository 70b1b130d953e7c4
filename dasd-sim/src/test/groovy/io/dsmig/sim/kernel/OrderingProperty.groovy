package io.dsmig.sim.kernel

import groovy.transform.CompileStatic

/**
 * One seed's run for the ordering property in {@link KernelSpec}: random scheduling (many ties),
 * random cancellations and a random mix of every way of running the kernel, watched from inside
 * each event.
 */
@CompileStatic
class OrderingProperty {

    static final int EVENTS_MAX = 1_500

    final long seed
    final List<String> problems = []
    long fired
    long cancelled

    private final Kernel kernel
    private final SimRandom random
    private final Map<Integer, EventHandle> handles = [:]
    private final Set<Integer> cancelledIds = [] as Set
    private final Set<Integer> firedIds = [] as Set
    private int nextId
    private long lastClockNanos = -1
    private long lastEventTimeNanos = -1
    private int lastEventId = -1

    OrderingProperty(long seed) {
        this.seed = seed
        this.kernel = new Kernel(seed)
        this.random = kernel.random("ordering-property")
    }

    OrderingProperty check() {
        200.times { scheduleOne() }
        while (kernel.pendingEvents() > 0) {
            runSomehow()
            observeClock(kernel.nowNanos(), "after a run")
        }
        def lost = (0..<nextId).findAll { !cancelledIds.contains(it) && !firedIds.contains(it) }
        if (lost) problem("live events never fired: ${lost.take(5)}")
        if (kernel.eventsFired() != fired) {
            problem("kernel counted ${kernel.eventsFired()} events, events saw $fired")
        }
        this
    }

    private void scheduleOne() {
        int id = nextId++
        // Delays from a small range, so that many events share a time and the tie rule matters.
        long delayNanos = random.nextInt(4) == 0 ? 0 : random.nextLong(30)
        handles[id] = kernel.schedule(delayNanos) { onFire(id) }
    }

    private void onFire(int id) {
        fired++
        firedIds << id
        if (cancelledIds.contains(id)) problem("cancelled event $id fired")
        observeEvent(kernel.nowNanos(), id)
        handles.remove(id)
        if (nextId < EVENTS_MAX) {
            random.nextInt(3).times { scheduleOne() }
        }
        if (random.nextInt(3) == 0 && !handles.isEmpty()) {
            cancelSomeone()
        }
    }

    private void cancelSomeone() {
        def ids = handles.keySet().sort()
        int victim = ids[random.nextInt(ids.size())]
        if (handles.remove(victim).cancel()) {
            cancelledIds << victim
            cancelled++
        }
    }

    private void problem(String text) {
        problems << text
    }

    /** Inside each event: at equal times, ids (given out in scheduling order) increase. */
    private void observeEvent(long timeNanos, int id) {
        observeClock(timeNanos, "event $id")
        if (timeNanos == lastEventTimeNanos && id < lastEventId) {
            problem("tie out of order at $timeNanos: $id after $lastEventId")
        }
        lastEventTimeNanos = timeNanos
        lastEventId = id
    }

    /** Inside each event and after each run: the clock never goes back. */
    private void observeClock(long timeNanos, String where) {
        if (timeNanos < lastClockNanos) {
            problem("time went back from $lastClockNanos to $timeNanos at $where")
        }
        lastClockNanos = timeNanos
    }

    private void runSomehow() {
        switch (random.nextInt(4)) {
            case 0: kernel.runUntil(kernel.nowNanos() + random.nextLong(40)); break
            case 1: kernel.runFor(random.nextLong(40)); break
            case 2: kernel.step(); break
            default:
                long target = fired + random.nextInt(50)
                kernel.runUntil({ fired >= target }, kernel.nowNanos() + random.nextLong(100))
        }
    }
}
