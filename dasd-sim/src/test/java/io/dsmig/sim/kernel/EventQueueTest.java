package io.dsmig.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The heap against a sorted list, over random interleavings of adds, polls and sweeps. */
class EventQueueTest {

    private record Entry(long time, long sequence) {
    }

    private static final Comparator<Entry> ORDER =
            Comparator.comparingLong(Entry::time).thenComparingLong(Entry::sequence);

    @Test
    void pollsInTheSameOrderAsASortedListOverManySeeds() {
        for (long seed = 1; seed <= 50; seed++) {
            checkAgainstReference(seed);
        }
    }

    private static void checkAgainstReference(long seed) {
        SimRandom random = new SimRandom(seed);
        EventQueue queue = new EventQueue();
        List<Entry> reference = new ArrayList<>();
        long sequence = 0;
        for (int op = 0; op < 3_000; op++) {
            int choice = random.nextInt(10);
            if (choice < 6 || reference.isEmpty()) {
                // Few distinct times, so ties are common and the sequence decides.
                Entry entry = new Entry(random.nextLong(50), sequence++);
                queue.add(entry.time(), entry.sequence(), entry);
                reference.add(entry);
            } else if (choice < 9) {
                reference.sort(ORDER);
                Entry expected = reference.remove(0);
                assertEquals(expected.time(), queue.peekTime(), "seed=" + seed);
                assertEquals(expected, queue.poll(), "reproduce with seed=" + seed);
            } else {
                long oddOut = random.nextLong(3);
                int removed = queue.removeIf(item -> ((Entry) item).sequence() % 3 == oddOut);
                int before = reference.size();
                reference.removeIf(e -> e.sequence() % 3 == oddOut);
                assertEquals(before - reference.size(), removed, "seed=" + seed);
            }
            assertEquals(reference.size(), queue.size(), "seed=" + seed);
        }
        reference.sort(ORDER);
        for (Entry expected : reference) {
            assertEquals(expected, queue.poll(), "reproduce with seed=" + seed);
        }
        assertTrue(queue.isEmpty());
    }

    @Test
    void growsFarPastItsInitialCapacity() {
        EventQueue queue = new EventQueue();
        for (int i = 100_000; i > 0; i--) {
            queue.add(i, 100_000 - i, i);
        }
        for (int i = 1; i <= 100_000; i++) {
            assertEquals(i, queue.poll());
        }
        assertTrue(queue.isEmpty());
    }
}
