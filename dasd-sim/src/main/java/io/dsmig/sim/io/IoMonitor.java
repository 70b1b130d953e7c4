package io.dsmig.sim.io;

/**
 * Software installed in one image's I/O path that sees every read and write issued from that image
 * before it is queued to the device — the low-level hook a data set mirror needs to notice changed
 * tracks. Install with {@link IoPath#install(IoMonitor)}. A monitor must be quick: it runs inside
 * the simulation, and it may {@link IoView#hold()} an I/O it needs to act on first.
 */
@FunctionalInterface
public interface IoMonitor {

    void observe(IoView io);
}
