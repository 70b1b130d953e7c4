package io.dsmig.sim.volume;

import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.space.Extent;
import io.dsmig.sim.space.SpaceRequest;
import java.time.LocalDate;
import java.util.List;

/**
 * One data set's entry in one volume's VTOC (its Format-1 DSCB and any Format-3 DSCBs): name,
 * organization, DCB attributes, the space request, dates, the volume sequence number, the extents on
 * this volume in data set order, and the end-of-file pointer. Immutable: a change makes a new entry,
 * so a saved entry is a true snapshot.
 */
public record VtocEntry(DataSetName name, Dsorg dsorg, DcbAttributes dcb, SpaceRequest space,
        LocalDate created, LocalDate lastUsed, int volumeSequence, List<Extent> extents,
        EndOfFile endOfFile, boolean extentConstraintRemoval) {

    /** A Format-1 DSCB holds the first three extents; each Format-3 DSCB holds thirteen more. */
    public static final int EXTENTS_IN_FORMAT1 = 3;
    public static final int EXTENTS_PER_FORMAT3 = 13;

    public VtocEntry {
        extents = List.copyOf(extents);
        if (extents.isEmpty()) {
            throw new IllegalArgumentException(name + ": a VTOC entry needs at least one extent");
        }
        if (volumeSequence < 1 || volumeSequence > Dsorg.VOLUMES_MAX) {
            throw new IllegalArgumentException(name + ": volume sequence " + volumeSequence + " is outside 1.."
                    + Dsorg.VOLUMES_MAX);
        }
        if (endOfFile.lastTrack() >= extents.stream().mapToInt(Extent::trackCount).sum()) {
            throw new IllegalArgumentException(name + ": end of file " + endOfFile + " is past the allocated space");
        }
    }

    public int trackCount() {
        return extents.stream().mapToInt(Extent::trackCount).sum();
    }

    public int extentCount() {
        return extents.size();
    }

    /** DSCBs this entry occupies in the VTOC: one Format-1 plus the Format-3s its extents need. */
    public int dscbCount() {
        return dscbsFor(extents.size());
    }

    public static int dscbsFor(int extentCount) {
        int more = Math.max(0, extentCount - EXTENTS_IN_FORMAT1);
        return 1 + (more + EXTENTS_PER_FORMAT3 - 1) / EXTENTS_PER_FORMAT3;
    }

    /** The volume track that holds relative track {@code relativeTrack} of this entry. */
    public int volumeTrack(int relativeTrack) {
        int rest = relativeTrack;
        for (Extent e : extents) {
            if (rest < e.trackCount()) {
                return e.firstTrack() + rest;
            }
            rest -= e.trackCount();
        }
        throw new IndexOutOfBoundsException(name + ": relative track " + relativeTrack + " is past "
                + trackCount() + " allocated tracks");
    }

    /** The relative track of volume track {@code volumeTrack}, or -1 when this entry does not own it. */
    public int relativeTrack(int volumeTrack) {
        int base = 0;
        for (Extent e : extents) {
            if (e.contains(volumeTrack)) {
                return base + volumeTrack - e.firstTrack();
            }
            base += e.trackCount();
        }
        return -1;
    }

    public VtocEntry withExtents(List<Extent> value) {
        EndOfFile eof = endOfFile;
        int tracks = value.stream().mapToInt(Extent::trackCount).sum();
        if (eof.lastTrack() >= tracks) {
            eof = new EndOfFile(tracks - 1, eof.lastRecord());
        }
        return new VtocEntry(name, dsorg, dcb, space, created, lastUsed, volumeSequence, value, eof,
                extentConstraintRemoval);
    }

    public VtocEntry withName(DataSetName value) {
        return new VtocEntry(value, dsorg, dcb, space, created, lastUsed, volumeSequence, extents, endOfFile,
                extentConstraintRemoval);
    }

    public VtocEntry withEndOfFile(EndOfFile value) {
        return new VtocEntry(name, dsorg, dcb, space, created, lastUsed, volumeSequence, extents, value,
                extentConstraintRemoval);
    }

    public VtocEntry withDates(LocalDate createdValue, LocalDate lastUsedValue) {
        return new VtocEntry(name, dsorg, dcb, space, createdValue, lastUsedValue, volumeSequence, extents,
                endOfFile, extentConstraintRemoval);
    }

    public VtocEntry withSpace(SpaceRequest value) {
        return new VtocEntry(name, dsorg, dcb, value, created, lastUsed, volumeSequence, extents, endOfFile,
                extentConstraintRemoval);
    }

    public VtocEntry withVolumeSequence(int value) {
        return new VtocEntry(name, dsorg, dcb, space, created, lastUsed, value, extents, endOfFile,
                extentConstraintRemoval);
    }
}
