package io.dsmig.sim.services;

import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.volume.VtocEntry;
import java.util.List;
import java.util.Optional;

/** Reading and updating VTOC entries (CVAF). */
public interface VtocService {

    /** Every entry in the volume's VTOC, in name order. */
    List<VtocEntry> entries(Volser volser);

    Optional<VtocEntry> find(Volser volser, DataSetName name);

    /** Rewrites an entry's attributes (end of file, dates); its extents must not change. */
    VtocEntry update(Volser volser, VtocEntry entry);

    /** Whether {@code name} is one of the volume's own system data sets (VVDS, VTOC index). */
    boolean isSystemDataSet(Volser volser, DataSetName name);

    /** The number of tracks of the volume's VTOC. */
    int vtocTracks(Volser volser);
}
