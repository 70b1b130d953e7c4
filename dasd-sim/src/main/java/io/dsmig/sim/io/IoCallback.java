package io.dsmig.sim.io;

/** Told when an I/O has completed (or failed; see {@link IoRequest#failure()}). */
@FunctionalInterface
public interface IoCallback {

    void completed(IoRequest request);
}
