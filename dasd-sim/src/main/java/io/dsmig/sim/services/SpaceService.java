package io.dsmig.sim.services;

import io.dsmig.sim.dataset.DataSet;
import io.dsmig.sim.dataset.Sphere;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.space.Extent;
import io.dsmig.sim.space.FreeSpaceMap;
import io.dsmig.sim.volume.NewEntry;
import io.dsmig.sim.volume.VtocEntry;
import java.util.List;
import java.util.Optional;

/**
 * DADSM space management, without cataloging: plan on a copy of a volume's free space, allocate or
 * extend at the planned extents, release, scratch, rename; and describe data sets from their catalog
 * entries and VTOCs.
 */
public interface SpaceService {

    /** The volume's size and free space. */
    VolumeInfo volume(Volser volser);

    /** Whether a volume of that volser is defined. */
    boolean exists(Volser volser);

    /** A copy of the volume's free space to plan allocations on. */
    FreeSpaceMap freeSpaceCopy(Volser volser);

    /** Whether a request of this many tracks on this volume would prefer cylinder-managed space. */
    boolean prefersCylinderManaged(Volser volser, int trackCount);

    /** Allocates a new, uncataloged data set (or a piece of one) at exactly these extents. */
    VtocEntry allocateAt(Volser volser, NewEntry entry, List<Extent> extents);

    /** Adds exactly these extents to a data set on the volume. */
    VtocEntry extendAt(Volser volser, DataSetName name, List<Extent> extents);

    /** Releases space from the end so that {@code keepTracks} remain (rounded up to the allocation unit). */
    VtocEntry release(Volser volser, DataSetName name, int keepTracks);

    /** Scratches the data set's entry on the volume (and its VVDS record, for a VSAM component). */
    void scratch(Volser volser, DataSetName name);

    /** Renames the data set's entry on the volume (and its VVDS record, for a VSAM component). */
    VtocEntry rename(Volser volser, DataSetName from, DataSetName to);

    /** The cataloged data set (or VSAM component) as its catalog entry and VTOCs describe it now. */
    Optional<DataSet> find(DataSetName name);

    /** A data set from the VTOCs of these volumes, cataloged or not. */
    DataSet describe(DataSetName name, List<Volser> volumes);

    /** The VSAM sphere a cluster, component, alternate index or path belongs to. */
    Sphere sphere(DataSetName anyMember);
}
