package io.dsmig.sim.space;

/** The unit of a space request, as in JCL {@code SPACE=(TRK|CYL|blksize,...)}. */
public enum SpaceUnit {
    /** Tracks; extents may start on any track. */
    TRK,
    /** Cylinders; extents are whole cylinders starting on a cylinder boundary. */
    CYL,
    /** Blocks of the request's block length, converted to tracks by the device's track capacity. */
    BLK
}
