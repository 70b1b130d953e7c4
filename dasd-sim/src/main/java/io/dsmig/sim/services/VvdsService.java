package io.dsmig.sim.services;

import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.vsam.VvdsRecord;
import java.util.Optional;

/** Reading and writing VSAM volume records in a volume's VVDS. */
public interface VvdsService {

    Optional<VvdsRecord> record(Volser volser, DataSetName component);

    /** Whether the volume has a VVDS. */
    boolean hasVvds(Volser volser);

    /** Allocates the volume's VVDS if it has none yet (before planning VSAM targets on it). */
    void ensureVvds(Volser volser);

    /** Scratches the volume's VVDS if it holds no records (undoing {@link #ensureVvds}). */
    void scratchIfEmpty(Volser volser);

    /** Adds or replaces the record of its component; the volume's VVDS is created if it has none. */
    void put(Volser volser, VvdsRecord record);
}
