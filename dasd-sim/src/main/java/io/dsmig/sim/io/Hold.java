package io.dsmig.sim.io;

/** A monitor's hold on an I/O; releasing it (once is enough; again does nothing) lets the I/O go on. */
public interface Hold {

    void release();
}
