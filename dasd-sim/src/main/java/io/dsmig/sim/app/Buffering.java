package io.dsmig.sim.app;

/** When an application's writes reach DASD. */
public enum Buffering {
    /** Each write is an I/O: it reaches DASD when acknowledged. */
    NONE,
    /** Writes collect in a buffer flushed every flush interval and at close. */
    FLUSH_INTERVAL,
    /** Writes collect in a buffer flushed only at close. */
    UNTIL_CLOSE
}
