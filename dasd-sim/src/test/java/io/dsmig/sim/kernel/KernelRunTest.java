package io.dsmig.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The run loop: runUntil, runFor, step, stop requests, re-entrancy and failing events. */
class KernelRunTest {

    private final Kernel kernel = new Kernel(11);
    private final List<Long> firedAt = new ArrayList<>();

    private void postAt(long... timesNanos) {
        for (long t : timesNanos) {
            kernel.postAt(t, () -> firedAt.add(kernel.nowNanos()));
        }
    }

    @Test
    void runUntilATimeFiresEverythingDueThenMovesTheClockThere() {
        postAt(10, 20, 20, 30);
        RunResult result = kernel.runUntil(20);
        assertEquals(new RunResult(StopReason.TIME_REACHED, 20, 3), result);
        assertEquals(List.of(10L, 20L, 20L), firedAt);
        assertEquals(1, kernel.pendingEvents());

        assertEquals(new RunResult(StopReason.TIME_REACHED, 25, 0), kernel.runUntil(25));
        assertEquals(new RunResult(StopReason.TIME_REACHED, 1000, 1), kernel.runUntil(1000));
        assertThrows(IllegalArgumentException.class, () -> kernel.runUntil(999));
    }

    @Test
    void runForRunsADurationFromNow() {
        kernel.runUntil(100);
        postAt(150, 250);
        assertEquals(new RunResult(StopReason.TIME_REACHED, 200, 1), kernel.runFor(100));
        assertThrows(IllegalArgumentException.class, () -> kernel.runFor(-1));
    }

    @Test
    void runUntilAConditionStopsRightAfterTheEventThatMakesItTrue() {
        postAt(10, 20, 30, 40);
        RunResult result = kernel.runUntil(() -> firedAt.size() == 2, 1000);
        assertEquals(new RunResult(StopReason.CONDITION_MET, 20, 2), result);
    }

    @Test
    void runUntilAConditionThatAlreadyHoldsFiresNothing() {
        postAt(10);
        assertEquals(new RunResult(StopReason.CONDITION_MET, 0, 0), kernel.runUntil(() -> true, 1000));
        assertEquals(1, kernel.pendingEvents());
    }

    @Test
    void runUntilAConditionGivesUpAtTheTimeLimit() {
        postAt(10, 20, 30);
        RunResult result = kernel.runUntil(() -> false, 25);
        assertEquals(new RunResult(StopReason.TIME_REACHED, 25, 2), result);
        assertEquals(1, kernel.pendingEvents());
    }

    @Test
    void runUntilAConditionReportsAnEmptyQueueAndLeavesTheClockAtTheLastEvent() {
        postAt(10, 20);
        kernel.schedule(30, () -> firedAt.add(-1L)).cancel();
        assertEquals(new RunResult(StopReason.QUEUE_EMPTY, 20, 2), kernel.runUntil(() -> false, 1000));
        assertEquals(20, kernel.nowNanos());
    }

    @Test
    void stepFiresOneEventAtATime() {
        postAt(10, 20);
        assertTrue(kernel.step());
        assertEquals(10, kernel.nowNanos());
        assertTrue(kernel.step());
        assertEquals(20, kernel.nowNanos());
        assertFalse(kernel.step());
        assertEquals(2, kernel.eventsFired());
    }

    @Test
    void aStopRequestedByAnEventEndsTheRunAfterThatEvent() {
        postAt(10, 20);
        kernel.postAt(20, kernel::requestStop);
        postAt(20, 30);
        RunResult result = kernel.runUntil(1000);
        assertEquals(new RunResult(StopReason.STOP_REQUESTED, 20, 3), result);
        assertEquals(List.of(10L, 20L), firedAt);

        RunResult resumed = kernel.runUntil(1000);
        assertEquals(new RunResult(StopReason.TIME_REACHED, 1000, 2), resumed, "the request was cleared");
    }

    @Test
    void aStopRequestedBetweenRunsStopsTheNextRunUnlessCleared() {
        postAt(10);
        kernel.requestStop();
        assertEquals(new RunResult(StopReason.STOP_REQUESTED, 0, 0), kernel.runUntil(() -> false, 100));
        kernel.requestStop();
        kernel.clearStopRequest();
        assertEquals(new RunResult(StopReason.QUEUE_EMPTY, 10, 1), kernel.runUntil(() -> false, 100));
    }

    @Test
    @Timeout(30) // guards against a hang only; nothing here measures speed
    void aStopRequestedFromAnotherThreadEndsAnEndlessRun() throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        kernel.every(1, running::countDown);
        Thread stopper = new Thread(() -> {
            try {
                running.await();
                kernel.requestStop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "stopper");
        stopper.start();
        RunResult result = kernel.runUntil(Long.MAX_VALUE);
        stopper.join();
        assertEquals(StopReason.STOP_REQUESTED, result.reason());
        assertTrue(result.eventsFired() >= 1);
    }

    @Test
    void runningTheKernelFromInsideAnEventIsAnError() {
        List<Throwable> errors = new ArrayList<>();
        kernel.post(10, () -> errors.add(assertThrows(IllegalStateException.class, () -> kernel.runUntil(20))));
        kernel.post(10, () -> errors.add(assertThrows(IllegalStateException.class, kernel::step)));
        kernel.post(10, () -> errors.add(assertThrows(IllegalStateException.class, () -> kernel.runFor(1))));
        kernel.runUntil(100);
        assertEquals(3, errors.size());
        assertTrue(errors.get(0).getMessage().contains("already running"));
    }

    @Test
    void anEventThatThrowsLeavesTheKernelUsable() {
        postAt(10);
        kernel.postAt(20, () -> {
            throw new IllegalStateException("boom");
        });
        postAt(30);
        assertThrows(IllegalStateException.class, () -> kernel.runUntil(100));
        assertEquals(20, kernel.nowNanos());
        assertEquals(2, kernel.eventsFired());
        assertEquals(new RunResult(StopReason.TIME_REACHED, 100, 1), kernel.runUntil(100));
        assertEquals(List.of(10L, 30L), firedAt);
    }
}
