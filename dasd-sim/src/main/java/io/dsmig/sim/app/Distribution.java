package io.dsmig.sim.app;

/** Where an application's I/Os land within the data sets it has open. */
public enum Distribution {
    /** Anywhere in the used tracks, every track alike (data sets weighted by their used tracks). */
    UNIFORM,
    /** Mostly in a hot part: {@code hotShare} of I/Os go to the first {@code hotFraction} of the used tracks. */
    HOTSPOT,
    /** Each write appends after the end of file, extending the data set when it reaches its end. */
    APPEND
}
