package io.dsmig.sim.dataset;

import io.dsmig.sim.catalog.CatalogEntry;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.space.Extent;
import io.dsmig.sim.space.SpaceRequest;
import io.dsmig.sim.volume.DcbAttributes;
import io.dsmig.sim.volume.Dsorg;
import io.dsmig.sim.volume.VtocEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * A data set as a whole, at one moment: its catalog entry (null when it is not cataloged) and its
 * VTOC entry on each of its volumes in volume-sequence order. Immutable: a snapshot of the metadata,
 * which is what a migration saves and later compares.
 *
 * <p>Its tracks are numbered relatively through its extents in order, volume after volume; that
 * extent list is what a program copies into memory when it opens the data set.
 */
public record DataSet(DataSetName name, CatalogEntry catalogEntry, List<Piece> pieces) {

    /** The part of a data set on one volume. */
    public record Piece(Volser volser, VtocEntry entry) {
    }

    /** Where a relative track of a data set is: the volume and the track on it. */
    public record Location(Volser volser, int volumeTrack) {
    }

    public DataSet {
        pieces = List.copyOf(pieces);
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException(name + ": a data set has space on at least one volume");
        }
    }

    public boolean cataloged() {
        return catalogEntry != null;
    }

    public Dsorg dsorg() {
        return first().dsorg();
    }

    public DcbAttributes dcb() {
        return first().dcb();
    }

    public SpaceRequest space() {
        return first().space();
    }

    public boolean extentConstraintRemoval() {
        return first().extentConstraintRemoval();
    }

    public List<Volser> volumes() {
        return pieces.stream().map(Piece::volser).toList();
    }

    public int trackCount() {
        return pieces.stream().mapToInt(p -> p.entry().trackCount()).sum();
    }

    public int extentCount() {
        return pieces.stream().mapToInt(p -> p.entry().extentCount()).sum();
    }

    /** All extents in data set order. */
    public List<VolumeExtent> extents() {
        List<VolumeExtent> list = new ArrayList<>();
        for (Piece p : pieces) {
            for (Extent e : p.entry().extents()) {
                list.add(new VolumeExtent(p.volser(), e));
            }
        }
        return list;
    }

    /** The volume and track holding relative track {@code relativeTrack}. */
    public Location locate(int relativeTrack) {
        int rest = relativeTrack;
        for (Piece p : pieces) {
            int tracks = p.entry().trackCount();
            if (rest < tracks) {
                return new Location(p.volser(), p.entry().volumeTrack(rest));
            }
            rest -= tracks;
        }
        throw new IndexOutOfBoundsException(name + ": relative track " + relativeTrack + " is past its "
                + trackCount() + " tracks");
    }

    /**
     * Tracks up to the end-of-file pointer: the whole of every volume before the last one with data,
     * and that volume's tracks up to its pointer.
     */
    public int usedTracks() {
        int used = 0;
        int before = 0;
        for (Piece p : pieces) {
            if (!p.entry().endOfFile().isEmpty()) {
                used = before + p.entry().endOfFile().usedTracks();
            }
            before += p.entry().trackCount();
        }
        return used;
    }

    /** The piece on a volume, or null. */
    public Piece pieceOn(Volser volser) {
        return pieces.stream().filter(p -> p.volser().equals(volser)).findFirst().orElse(null);
    }

    public Piece last() {
        return pieces.get(pieces.size() - 1);
    }

    private VtocEntry first() {
        return pieces.get(0).entry();
    }

    @Override
    public String toString() {
        return name + " (" + dsorg() + ", " + trackCount() + " tracks in " + extentCount() + " extents on "
                + volumes() + ")";
    }
}
