package io.dsmig.sim.dataset;

import io.dsmig.sim.DasdException;
import io.dsmig.sim.catalog.CatalogConflictException;
import io.dsmig.sim.catalog.CatalogEntry;
import io.dsmig.sim.catalog.CatalogSystem;
import io.dsmig.sim.catalog.EntryType;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.space.ExtentLimitException;
import io.dsmig.sim.space.NoSpaceException;
import io.dsmig.sim.volume.EndOfFile;
import io.dsmig.sim.volume.ExtentBudget;
import io.dsmig.sim.volume.NewEntry;
import io.dsmig.sim.volume.Volume;
import io.dsmig.sim.volume.Volumes;
import io.dsmig.sim.volume.VtocEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Data set services across volumes and catalogs — what dynamic allocation, DADSM and catalog
 * management do together on z/OS: allocate (cataloged or not), extend by the secondary quantity,
 * release unused space, delete, rename, and describe a data set from its catalog entry and VTOCs.
 *
 * <p>Every operation either completes or leaves nothing changed: checks that can fail run before
 * anything is allocated, and a step that fails after allocation undoes it.
 */
public final class DataSets {

    private final Volumes volumes;
    private final CatalogSystem catalogs;
    private final Supplier<LocalDate> today;

    public DataSets(Volumes volumes, CatalogSystem catalogs, Supplier<LocalDate> today) {
        this.volumes = volumes;
        this.catalogs = catalogs;
        this.today = today;
    }

    /**
     * Allocates a data set with its primary quantity on the first volume of the spec and catalogs it;
     * the other volumes become candidates for extension.
     *
     * @throws CatalogConflictException when the name is already cataloged
     * @throws NoSpaceException          when the first volume has no room
     */
    public DataSet allocate(NewDataSet spec) {
        if (catalogs.locate(spec.name()).isPresent()) {
            throw new CatalogConflictException(spec.name() + " is already cataloged in "
                    + catalogs.catalogFor(spec.name()));
        }
        spec.volumes().forEach(volumes::get);
        DataSet ds = allocateUncataloged(spec);
        Volser first = spec.volumes().get(0);
        catalogs.define(CatalogEntry.nonVsam(spec.name(), List.of(first),
                spec.volumes().subList(1, spec.volumes().size())));
        return describe(spec.name());
    }

    /**
     * Allocates without cataloging, so that a same-named copy can exist on another volume while the
     * catalog still points at the original. Only the first volume of the spec is used.
     */
    public DataSet allocateUncataloged(NewDataSet spec) {
        Volume volume = volumes.get(spec.volumes().get(0));
        int tracks = spec.space().primaryTracks(volume.type());
        VtocEntry entry = volume.allocate(new NewEntry(spec.name(), spec.dsorg(), spec.dcb(), spec.space(), 1, false),
                tracks, ExtentBudget.of(spec.dsorg(), false, 0, 0), today.get());
        return new DataSet(spec.name(), null, List.of(new DataSet.Piece(volume.volser(), entry)));
    }

    /** The cataloged data set as its catalog entry and VTOCs describe it now. */
    public DataSet describe(DataSetName name) {
        CatalogEntry entry = catalogs.require(name);
        if (!entry.type().hasVolumes()) {
            throw new DasdException(name + " is a VSAM " + entry.type().name().toLowerCase()
                    + "; its space belongs to its components " + entry.associations());
        }
        List<DataSet.Piece> pieces = new ArrayList<>();
        for (Volser volser : entry.volumes()) {
            VtocEntry vtocEntry = volumes.get(volser).vtoc().find(name).orElseThrow(() -> new DasdException(
                    "the catalog places " + name + " on " + volser + ", but that volume's VTOC has no entry for it"));
            pieces.add(new DataSet.Piece(volser, vtocEntry));
        }
        return new DataSet(name, entry, pieces);
    }

    /** As {@link #describe(DataSetName)}, empty when the name is not cataloged. */
    public Optional<DataSet> find(DataSetName name) {
        return catalogs.locate(name).filter(e -> e.type().hasVolumes()).map(e -> describe(name));
    }

    /**
     * An uncataloged data set from the VTOCs of the given volumes, in volume-sequence order.
     *
     * @throws DataSetNotFoundException when none of the volumes has it
     */
    public DataSet describe(DataSetName name, List<Volser> onVolumes) {
        List<DataSet.Piece> pieces = new ArrayList<>();
        for (Volser volser : onVolumes) {
            volumes.get(volser).vtoc().find(name).ifPresent(e -> pieces.add(new DataSet.Piece(volser, e)));
        }
        if (pieces.isEmpty()) {
            throw new DataSetNotFoundException(name + " is on none of " + onVolumes);
        }
        pieces.sort((a, b) -> Integer.compare(a.entry().volumeSequence(), b.entry().volumeSequence()));
        return new DataSet(name, null, pieces);
    }

    /**
     * Extends a cataloged data set by its secondary quantity: on its last volume if it can, else on its
     * next candidate volume. Returns the extended data set.
     *
     * @throws ExtentLimitException when the extent limit stops it (an E37)
     * @throws NoSpaceException     when no volume has room (a B37/D37)
     */
    public DataSet extend(DataSetName name) {
        DataSet ds = describe(name);
        List<Volser> candidates = ds.catalogEntry().candidates();
        DataSet extended = extend(ds, candidates);
        if (extended.pieces().size() > ds.pieces().size()) {
            Volser added = extended.last().volser();
            List<Volser> rest = candidates.stream().filter(v -> !v.equals(added)).toList();
            catalogs.replace(ds.catalogEntry().withVolumes(extended.volumes()).withCandidates(rest));
        }
        return describe(name);
    }

    /**
     * Extends a data set (cataloged or not) by its secondary quantity, using {@code candidates} in order
     * when its last volume has no room. The catalog is not touched.
     */
    public DataSet extend(DataSet ds, List<Volser> candidates) {
        DataSet.Piece last = ds.last();
        Volume volume = volumes.get(last.volser());
        int secondary = ds.space().secondaryTracks(volume.type());
        if (secondary < 1) {
            throw new NoSpaceException(ds.name() + " cannot be extended: it has no secondary space quantity ("
                    + ds.space() + ")");
        }
        try {
            ExtentBudget budget = ExtentBudget.of(ds.dsorg(), ds.extentConstraintRemoval(),
                    last.entry().extentCount(), ds.extentCount());
            VtocEntry entry = volume.extend(ds.name(), secondary, budget, today.get());
            return replacePiece(ds, ds.pieces().size() - 1, entry);
        } catch (NoSpaceException onLastVolume) {
            if (!ds.dsorg().multiVolume() || totalLimitReached(ds)) {
                throw onLastVolume;
            }
            for (Volser candidate : candidates) {
                if (ds.pieceOn(candidate) == null) {
                    return extendOnNewVolume(ds, candidate, secondary);
                }
            }
            throw onLastVolume;
        }
    }

    /**
     * Gives a data set a new piece on another volume, of {@code tracks} tracks (used by extension to a
     * candidate volume, by the estate generator and by tests). Does not touch the catalog.
     */
    public DataSet extendOnNewVolume(DataSet ds, Volser volser, int tracks) {
        if (ds.pieces().size() >= io.dsmig.sim.volume.Dsorg.VOLUMES_MAX) {
            throw new DasdException(ds.name() + " already spans " + ds.pieces().size() + " volumes, the limit");
        }
        if (!ds.dsorg().multiVolume()) {
            throw new DasdException(ds.name() + " is a " + ds.dsorg().description() + " and cannot span volumes");
        }
        Volume volume = volumes.get(volser);
        ExtentBudget budget = ExtentBudget.of(ds.dsorg(), ds.extentConstraintRemoval(), 0, ds.extentCount());
        NewEntry newEntry = new NewEntry(ds.name(), ds.dsorg(), ds.dcb(), ds.space(), ds.pieces().size() + 1,
                ds.extentConstraintRemoval());
        VtocEntry entry = volume.allocate(newEntry, tracks, budget, today.get());
        List<DataSet.Piece> pieces = new ArrayList<>(ds.pieces());
        pieces.add(new DataSet.Piece(volser, entry));
        return new DataSet(ds.name(), ds.catalogEntry(), pieces);
    }

    /** As {@link #extendOnNewVolume(DataSet, Volser, int)} for a cataloged data set, updating its catalog entry. */
    public DataSet extendOnNewVolume(DataSetName name, Volser volser, int tracks) {
        DataSet ds = describe(name);
        DataSet extended = extendOnNewVolume(ds, volser, tracks);
        List<Volser> rest = ds.catalogEntry().candidates().stream().filter(v -> !v.equals(volser)).toList();
        catalogs.replace(ds.catalogEntry().withVolumes(extended.volumes()).withCandidates(rest));
        return describe(name);
    }

    /** Releases the space past the end-of-file pointer (JCL RLSE). */
    public DataSet release(DataSetName name) {
        return release(name, Math.max(1, describe(name).usedTracks()));
    }

    /**
     * Releases unused space from the end so that {@code keepTracks} tracks remain (rounded up to the
     * allocation unit): whole extents and volumes past them are freed, the extent they end in is cut.
     */
    public DataSet release(DataSetName name, int keepTracks) {
        DataSet ds = describe(name);
        List<Volser> keptVolumes = new ArrayList<>();
        int remaining = Math.max(1, keepTracks);
        for (DataSet.Piece p : ds.pieces()) {
            Volume volume = volumes.get(p.volser());
            if (remaining <= 0) {
                volume.scratch(name);
                continue;
            }
            VtocEntry kept = volume.release(name, Math.min(remaining, p.entry().trackCount()));
            remaining -= kept.trackCount();
            keptVolumes.add(p.volser());
        }
        if (keptVolumes.size() < ds.pieces().size()) {
            catalogs.replace(ds.catalogEntry().withVolumes(keptVolumes));
        }
        return describe(name);
    }

    /** Uncatalogs a non-VSAM data set and scratches it on every volume. */
    public void delete(DataSetName name) {
        DataSet ds = describe(name);
        if (ds.catalogEntry().type() != EntryType.NONVSAM) {
            throw new DasdException(name + " is a VSAM component; delete its cluster instead");
        }
        catalogs.delete(name);
        for (DataSet.Piece p : ds.pieces()) {
            volumes.get(p.volser()).scratch(name);
        }
    }

    /** Scratches an uncataloged data set's piece on one volume (the catalog is not consulted). */
    public void scratch(DataSetName name, Volser volser) {
        volumes.get(volser).scratch(name);
    }

    /**
     * Renames a cataloged non-VSAM data set: its catalog entry and its VTOC entry on every volume.
     *
     * @throws CatalogConflictException when the new name is taken or belongs in another catalog
     */
    public DataSet rename(DataSetName from, DataSetName to) {
        DataSet ds = describe(from);
        if (ds.catalogEntry().type() != EntryType.NONVSAM) {
            throw new DasdException(from + " is a VSAM component; rename its cluster instead");
        }
        for (DataSet.Piece p : ds.pieces()) {
            if (volumes.get(p.volser()).vtoc().contains(to)) {
                throw new CatalogConflictException("cannot rename " + from + " to " + to + ": " + p.volser()
                        + " already holds a data set of that name");
            }
        }
        catalogs.rename(from, to);
        for (DataSet.Piece p : ds.pieces()) {
            volumes.get(p.volser()).rename(from, to);
        }
        return describe(to);
    }

    /**
     * Sets the end-of-file pointers so that the first {@code usedTracks} tracks are in use, the last one
     * holding {@code lastRecord} records: volumes before the end are full, volumes after it empty.
     */
    public DataSet setUsed(DataSet ds, int usedTracks, int lastRecord) {
        if (usedTracks < 0 || usedTracks > ds.trackCount()) {
            throw new IllegalArgumentException(ds.name() + ": " + usedTracks + " used tracks is outside 0.."
                    + ds.trackCount());
        }
        List<DataSet.Piece> pieces = new ArrayList<>();
        int before = 0;
        for (DataSet.Piece p : ds.pieces()) {
            int tracks = p.entry().trackCount();
            EndOfFile eof = usedTracks <= before ? EndOfFile.EMPTY
                    : new EndOfFile(Math.min(tracks, usedTracks - before) - 1, lastRecord);
            VtocEntry updated = volumes.get(p.volser()).update(p.entry().withEndOfFile(eof));
            pieces.add(new DataSet.Piece(p.volser(), updated));
            before += tracks;
        }
        return new DataSet(ds.name(), ds.catalogEntry(), pieces);
    }

    private DataSet replacePiece(DataSet ds, int index, VtocEntry entry) {
        List<DataSet.Piece> pieces = new ArrayList<>(ds.pieces());
        pieces.set(index, new DataSet.Piece(pieces.get(index).volser(), entry));
        return new DataSet(ds.name(), ds.catalogEntry(), pieces);
    }

    private static boolean totalLimitReached(DataSet ds) {
        return ds.extentCount() >= ds.dsorg().extentsMax(ds.extentConstraintRemoval());
    }
}
