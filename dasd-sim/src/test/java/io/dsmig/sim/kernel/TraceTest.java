package io.dsmig.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceTest {

    private final Kernel kernel = new Kernel(3);
    private final Trace trace = kernel.trace();

    @Test
    void isDisabledByDefaultAndThenRecordsNothing() {
        assertFalse(trace.enabled());
        trace.record("write", "VOL001 track 1");
        assertEquals(0, trace.recordedCount());
        assertEquals(StableHash.FNV_OFFSET_BASIS, trace.digest());
    }

    @Test
    void recordsEntriesStampedWithVirtualTime() {
        trace.enable();
        kernel.post(SimTime.millis(850), () -> trace.record("write", "VOL001 track 7"));
        kernel.runUntil(SimTime.seconds(1));
        assertEquals(List.of(new TraceEntry(SimTime.millis(850), "write", "VOL001 track 7")), trace.entries());
        assertEquals("850ms write VOL001 track 7", trace.entries().get(0).toString());
    }

    @Test
    void theDigestIsPinnedAndSensitiveToEveryField() {
        long digest = digestOf(new TraceEntry(5, "write", "a"));
        assertEquals(0x798930b1be48e75aL, digest, "the documented FNV-1a layout");
        assertNotEquals(digest, digestOf(new TraceEntry(6, "write", "a")));
        assertNotEquals(digest, digestOf(new TraceEntry(5, "read", "a")));
        assertNotEquals(digest, digestOf(new TraceEntry(5, "write", "b")));
        assertNotEquals(digestOf(new TraceEntry(5, "ab", "c")), digestOf(new TraceEntry(5, "a", "bc")));
    }

    @Test
    void aLimitKeepsTheFirstEntriesButDigestsThemAll() {
        Trace full = new Trace(() -> 1).enable();
        Trace limited = new Trace(() -> 1).enable(2);
        for (int i = 0; i < 5; i++) {
            full.record("k", "e" + i);
            limited.record("k", "e" + i);
        }
        assertEquals(2, limited.entries().size());
        assertEquals(5, limited.recordedCount());
        assertEquals(3, limited.droppedCount());
        assertEquals(full.digest(), limited.digest());
    }

    @Test
    void listenersSeeEntriesWhileEnabled() {
        List<String> seen = new ArrayList<>();
        trace.addListener(entry -> seen.add(entry.detail()));
        trace.record("k", "before");
        trace.enable(0);
        trace.record("k", "during");
        trace.disable();
        trace.record("k", "after");
        assertEquals(List.of("during"), seen);
        assertTrue(trace.entries().isEmpty());
        assertEquals(1, trace.recordedCount());
    }

    private static long digestOf(TraceEntry entry) {
        Trace t = new Trace(entry::timeNanos).enable();
        t.record(entry.kind(), entry.detail());
        return t.digest();
    }
}
