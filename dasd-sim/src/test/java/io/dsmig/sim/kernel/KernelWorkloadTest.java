package io.dsmig.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The benchmark workloads do exactly the work they promise (their speed is the benchmark's job). */
class KernelWorkloadTest {

    @Test
    void chainsFireExactlyTheRequestedNumberOfEvents() {
        assertEquals(100_000, KernelWorkload.chains(20, 100_000));
        assertEquals(100_000, KernelWorkload.chainsWithHandles(20, 100_000));
        assertEquals(5, KernelWorkload.chains(20, 5));
        assertEquals(0, KernelWorkload.chains(1, 0));
        assertThrows(IllegalArgumentException.class, () -> KernelWorkload.chains(0, 10));
    }
}
