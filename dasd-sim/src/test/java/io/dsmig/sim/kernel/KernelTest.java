package io.dsmig.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scheduling, ordering, ties, cancellation and periodic events. Runs are in {@link KernelRunTest}. */
class KernelTest {

    private final Kernel kernel = new Kernel(7);
    private final List<String> fired = new ArrayList<>();

    private Event log(String name) {
        return () -> fired.add(name + "@" + kernel.nowNanos());
    }

    @Test
    void startsAtTimeZeroWithNothingPending() {
        assertEquals(0, kernel.nowNanos());
        assertEquals(0, kernel.pendingEvents());
        assertEquals(0, kernel.eventsFired());
        assertEquals(7, kernel.seed());
    }

    @Test
    void eventsFireInTimeOrderWhateverTheSchedulingOrder() {
        kernel.post(30, log("c"));
        kernel.post(10, log("a"));
        kernel.scheduleAt(20, log("b"));
        kernel.postAt(5, log("first"));
        kernel.runUntil(100);
        assertEquals(List.of("first@5", "a@10", "b@20", "c@30"), fired);
        assertEquals(4, kernel.eventsFired());
    }

    @Test
    void eventsAtTheSameTimeFireInSchedulingOrder() {
        for (int i = 0; i < 50; i++) {
            kernel.post(i % 2 == 0 ? 10 : 20, log("e" + i));
        }
        kernel.runUntil(20);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 50; i += 2) {
            expected.add("e" + i + "@10");
        }
        for (int i = 1; i < 50; i += 2) {
            expected.add("e" + i + "@20");
        }
        assertEquals(expected, fired);
    }

    @Test
    void anEventScheduledForNowFiresAfterThoseAlreadyDueNow() {
        kernel.post(10, () -> {
            fired.add("a");
            kernel.post(0, log("from-a"));
        });
        kernel.post(10, log("b"));
        kernel.runUntil(10);
        assertEquals(List.of("a", "b@10", "from-a@10"), fired);
    }

    @Test
    void handlesAndPostsShareOneOrder() {
        kernel.schedule(10, log("handle"));
        kernel.post(10, log("post"));
        kernel.schedule(5, log("early"));
        kernel.runUntil(10);
        assertEquals(List.of("early@5", "handle@10", "post@10"), fired);
    }

    @Test
    void schedulingInThePastOrWithANegativeDelayIsRejected() {
        kernel.runUntil(100);
        assertThrows(IllegalArgumentException.class, () -> kernel.scheduleAt(99, log("x")));
        assertThrows(IllegalArgumentException.class, () -> kernel.postAt(99, log("x")));
        assertThrows(IllegalArgumentException.class, () -> kernel.schedule(-1, log("x")));
        assertThrows(IllegalArgumentException.class, () -> kernel.post(-1, log("x")));
        assertThrows(IllegalArgumentException.class, () -> kernel.post(Long.MAX_VALUE, log("x")));
        assertThrows(NullPointerException.class, () -> kernel.post(1, null));
        assertEquals(0, kernel.pendingEvents());
    }

    @Test
    void aCancelledEventNeverFires() {
        EventHandle doomed = kernel.schedule(10, log("doomed"));
        EventHandle kept = kernel.schedule(20, log("kept"));
        assertTrue(doomed.isPending());
        assertEquals(2, kernel.pendingEvents());

        assertTrue(doomed.cancel());
        assertFalse(doomed.cancel(), "a second cancel reports that nothing was pending");
        assertTrue(doomed.isCancelled());
        assertEquals(1, kernel.pendingEvents());

        kernel.runUntil(100);
        assertEquals(List.of("kept@20"), fired);
        assertFalse(kept.isPending());
        assertFalse(kept.cancel(), "cancelling a fired event does nothing");
        assertEquals(1, kernel.eventsFired());
        assertEquals(0, kernel.pendingEvents());
    }

    @Test
    void anEventCanCancelAnotherDueAtTheSameTime() {
        EventHandle[] victim = new EventHandle[1];
        kernel.post(10, () -> victim[0].cancel());
        victim[0] = kernel.schedule(10, log("victim"));
        kernel.runUntil(10);
        assertEquals(List.of(), fired);
        assertEquals(1, kernel.eventsFired());
    }

    @Test
    void anEventIsNoLongerPendingWhileItRuns() {
        EventHandle[] self = new EventHandle[1];
        self[0] = kernel.schedule(10, () -> fired.add("pending=" + self[0].isPending()));
        kernel.runUntil(10);
        assertEquals(List.of("pending=false"), fired);
    }

    @Test
    void manyCancellationsAreSweptAndTheRestStillFireInOrder() {
        List<EventHandle> handles = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            handles.add(kernel.schedule(1 + (i * 7919L) % 10_000, log("e" + i)));
        }
        for (int i = 0; i < handles.size(); i++) {
            if (i % 10 != 0) {
                handles.get(i).cancel();
            }
        }
        assertEquals(2_000, kernel.pendingEvents());
        kernel.runUntil(10_000);
        assertEquals(2_000, fired.size());
        long previous = -1;
        for (String entry : fired) {
            long time = Long.parseLong(entry.substring(entry.indexOf('@') + 1));
            assertTrue(time >= previous, "time went backwards at " + entry);
            previous = time;
        }
    }

    @Test
    void aPeriodicEventFiresEveryPeriodUntilCancelled() {
        Periodic periodic = kernel.every(10, log("tick"));
        assertThrows(IllegalArgumentException.class, () -> kernel.every(0, log("x")));
        kernel.runUntil(35);
        assertEquals(List.of("tick@10", "tick@20", "tick@30"), fired);
        assertEquals(3, periodic.firings());
        assertTrue(periodic.isPending());
        assertEquals(40, periodic.nextTimeNanos());

        assertTrue(periodic.cancel());
        assertFalse(periodic.isPending());
        kernel.runUntil(100);
        assertEquals(3, fired.size());
        assertEquals(0, kernel.pendingEvents());
    }

    @Test
    void aPeriodicEventCanCancelItself() {
        Periodic[] self = new Periodic[1];
        self[0] = kernel.every(5, () -> {
            fired.add("tick@" + kernel.nowNanos());
            if (self[0].firings() == 2) {
                self[0].cancel();
            }
        });
        kernel.runUntil(100);
        assertEquals(List.of("tick@5", "tick@10"), fired);
        assertEquals(0, kernel.pendingEvents());
    }

    @Test
    void aPeriodicEventStartsOnePeriodAfterItIsCreated() {
        kernel.runUntil(3);
        kernel.every(10, log("tick"));
        kernel.runUntil(30);
        assertEquals(List.of("tick@13", "tick@23"), fired);
    }
}
