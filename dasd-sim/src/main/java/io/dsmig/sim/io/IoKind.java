package io.dsmig.sim.io;

/** Whether an I/O reads or writes its tracks. */
public enum IoKind {
    READ, WRITE
}
