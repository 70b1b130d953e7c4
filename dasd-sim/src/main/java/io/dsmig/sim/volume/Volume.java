package io.dsmig.sim.volume;

import io.dsmig.sim.Check;
import io.dsmig.sim.DasdException;
import io.dsmig.sim.geometry.DeviceFamily;
import io.dsmig.sim.geometry.DeviceType;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.space.AllocationPlan;
import io.dsmig.sim.space.Extent;
import io.dsmig.sim.space.ExtentLimitException;
import io.dsmig.sim.space.FreeSpaceMap;
import io.dsmig.sim.space.NoSpaceException;
import io.dsmig.sim.space.SpaceRequest;
import io.dsmig.sim.track.TrackStore;
import io.dsmig.sim.vsam.Vvds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One DASD volume: its volser and device type, its VTOC, its free space, its VVDS (once a VSAM
 * component lives there) and the contents of its tracks.
 *
 * <p>The operations here are DADSM's, for one volume: allocate, extend, release, scratch, rename. Each
 * changes the VTOC and the free space together and checks, always, that free plus allocated space
 * equals the volume's size. Track 0 holds the volume label; the VTOC follows it.
 */
public final class Volume {

    /** Requests of at least this many cylinders prefer cylinder-managed space on an EAV (the BPV default). */
    public static final int BREAKPOINT_CYLINDERS = 10;

    /** Tracks allocated to a new VVDS. */
    public static final int VVDS_TRACKS = 10;

    private final Volser volser;
    private final DeviceType type;
    private final Vtoc vtoc;
    private final FreeSpaceMap freeSpace;
    private final TrackStore tracks;
    private final String storageGroup;
    private final DataSetName vvdsName;
    private final DataSetName vtocIndexName;
    private Vvds vvds;
    private long allocatedTracks;

    /**
     * A newly initialized volume: label on track 0, a VTOC of {@code options.vtocTracks()} tracks
     * from track 1 (a size suited to the device when 0), optionally a VTOC index, and nothing else.
     */
    public Volume(Volser volser, DeviceType type, VolumeOptions options) {
        this.volser = volser;
        this.type = type;
        this.storageGroup = options.storageGroup();
        this.vvdsName = DataSetName.of("SYS1.VVDS.V" + volser.value());
        this.vtocIndexName = DataSetName.of("SYS1.VTOCIX.V" + volser.value());
        this.freeSpace = new FreeSpaceMap(type.trackCount(), type.cylinderManagedFirstTrack(),
                DeviceType.multicylinderUnitTracks());
        this.tracks = new TrackStore(type.trackCount());
        int vtocTracks = options.vtocTracks() > 0 ? options.vtocTracks() : defaultVtocTracks(type);
        if (vtocTracks + 1 > type.trackCount()) {
            throw new IllegalArgumentException(volser + ": a VTOC of " + vtocTracks + " tracks does not fit on a "
                    + type);
        }
        Extent label = new Extent(0, 1);
        Extent vtocExtent = new Extent(1, vtocTracks);
        freeSpace.take(label);
        freeSpace.take(vtocExtent);
        allocatedTracks = 1 + vtocTracks;
        this.vtoc = new Vtoc(vtocExtent, type.family().dscbsPerTrack(), options.indexed());
        if (options.indexed()) {
            int indexTracks = Math.max(1, vtocTracks / 7);
            allocate(NewEntry.of(vtocIndexName, Dsorg.PS, DcbAttributes.CI4K,
                    SpaceRequest.tracks(indexTracks, 0)), indexTracks, new ExtentBudget(1, "one extent"),
                    LocalDate.EPOCH);
        }
        checkSpaceBalance();
    }

    /** One cylinder less its label track for a 3390-3 or smaller; proportionally more for larger volumes. */
    static int defaultVtocTracks(DeviceType type) {
        int cylinders = Math.max(1, (type.cylinders() + 3_338) / 3_339);
        return Math.min(cylinders * DeviceFamily.TRACKS_PER_CYLINDER - 1, type.trackCount() / 2);
    }

    public Volser volser() {
        return volser;
    }

    public DeviceType type() {
        return type;
    }

    public Vtoc vtoc() {
        return vtoc;
    }

    public TrackStore tracks() {
        return tracks;
    }

    /** The storage group (pool) this volume belongs to, if any. */
    public Optional<String> storageGroup() {
        return Optional.ofNullable(storageGroup);
    }

    public Optional<Vvds> vvds() {
        return Optional.ofNullable(vvds);
    }

    public int trackCount() {
        return type.trackCount();
    }

    public long freeTracks() {
        return freeSpace.freeTracks();
    }

    public long allocatedTracks() {
        return allocatedTracks;
    }

    /** The largest single free area, in tracks. */
    public int largestFreeTracks() {
        return freeSpace.largestFreeTracks();
    }

    /** Free areas in address order. */
    public List<Extent> freeAreas() {
        return freeSpace.areas();
    }

    /** Percentage of the volume in use (label and VTOC included). */
    public double usedPercent() {
        return 100.0 * allocatedTracks / type.trackCount();
    }

    /** Plans an allocation without changing anything; see {@link FreeSpaceMap#plan}. */
    public AllocationPlan plan(int trackCount, SpaceRequest space, int extentBudget) {
        return freeSpace.plan(trackCount, space.alignmentTracks(), space.contiguous(), extentBudget,
                prefersCylinderManaged(trackCount));
    }

    /**
     * Allocates a new data set (or a new volume's piece of one) of {@code trackCount} tracks.
     *
     * @throws DuplicateDataSetException when the name is already in this VTOC
     * @throws NoSpaceException          when the space is not there ({@link ExtentLimitException} when
     *                                   the extent limit stands in the way)
     * @throws VtocFullException         when the VTOC has no room for the entry
     */
    public VtocEntry allocate(NewEntry entry, int trackCount, ExtentBudget budget, LocalDate today) {
        if (vtoc.contains(entry.name())) {
            throw new DuplicateDataSetException(volser + ": " + entry.name() + " already exists on this volume");
        }
        AllocationPlan plan = plan(trackCount, entry.space(), budget.remaining());
        failUnless(plan, entry.name(), budget);
        checkVtocRoom(entry.name(), VtocEntry.dscbsFor(plan.extents().size()));
        plan.extents().forEach(freeSpace::take);
        allocatedTracks += plan.allocatedTracks();
        VtocEntry created = new VtocEntry(entry.name(), entry.dsorg(), entry.dcb(), entry.space(), today, today,
                entry.volumeSequence(), plan.extents(), EndOfFile.EMPTY, entry.extentConstraintRemoval());
        vtoc.put(created);
        checkSpaceBalance();
        return created;
    }

    /**
     * Allocates a new data set at exactly these extents (as JCL {@code SPACE=ABSTR} does), for a
     * caller that planned its placement on a copy of the free space ({@link #freeSpaceCopy()}).
     *
     * @throws NoSpaceException when any of the extents is not wholly free
     */
    public VtocEntry allocateAt(NewEntry entry, List<Extent> extents, LocalDate today) {
        if (vtoc.contains(entry.name())) {
            throw new DuplicateDataSetException(volser + ": " + entry.name() + " already exists on this volume");
        }
        for (Extent e : extents) {
            if (!freeSpace.isFree(e)) {
                throw new NoSpaceException(volser + ": no room for " + entry.name() + " at " + e
                        + ", which is no longer wholly free");
            }
        }
        checkVtocRoom(entry.name(), VtocEntry.dscbsFor(extents.size()));
        extents.forEach(freeSpace::take);
        allocatedTracks += extents.stream().mapToInt(Extent::trackCount).sum();
        VtocEntry created = new VtocEntry(entry.name(), entry.dsorg(), entry.dcb(), entry.space(), today, today,
                entry.volumeSequence(), extents, EndOfFile.EMPTY, entry.extentConstraintRemoval());
        vtoc.put(created);
        checkSpaceBalance();
        return created;
    }

    /** Adds exactly these extents to a data set on this volume (the counterpart of {@link #allocateAt}). */
    public VtocEntry extendAt(DataSetName name, List<Extent> extents, LocalDate today) {
        VtocEntry entry = entry(name);
        for (Extent e : extents) {
            if (!freeSpace.isFree(e)) {
                throw new NoSpaceException(volser + ": cannot extend " + name + " at " + e
                        + ", which is no longer wholly free");
            }
        }
        checkVtocRoom(name, VtocEntry.dscbsFor(entry.extentCount() + extents.size()) - entry.dscbCount());
        extents.forEach(freeSpace::take);
        allocatedTracks += extents.stream().mapToInt(Extent::trackCount).sum();
        List<Extent> all = new ArrayList<>(entry.extents());
        all.addAll(extents);
        VtocEntry extended = entry.withExtents(all).withDates(entry.created(), today);
        vtoc.put(extended);
        checkSpaceBalance();
        return extended;
    }

    /** A copy of this volume's free space to plan several allocations on without changing anything. */
    public FreeSpaceMap freeSpaceCopy() {
        return freeSpace.copy();
    }

    /** Whether a request of this many tracks would prefer cylinder-managed space here. */
    public boolean prefersCylinderManaged(int trackCount) {
        return type.hasCylinderManagedSpace() && trackCount >= BREAKPOINT_CYLINDERS * DeviceFamily.TRACKS_PER_CYLINDER;
    }

    /**
     * Adds {@code trackCount} tracks to a data set already on this volume, in up to five new extents.
     *
     * @throws NoSpaceException or {@link ExtentLimitException} when that cannot be done
     */
    public VtocEntry extend(DataSetName name, int trackCount, ExtentBudget budget, LocalDate today) {
        VtocEntry entry = entry(name);
        AllocationPlan plan = freeSpace.plan(trackCount, entry.space().alignmentTracks(), false, budget.remaining(),
                prefersCylinderManaged(trackCount));
        failUnless(plan, name, budget);
        checkVtocRoom(name, VtocEntry.dscbsFor(entry.extentCount() + plan.extents().size()) - entry.dscbCount());
        plan.extents().forEach(freeSpace::take);
        allocatedTracks += plan.allocatedTracks();
        List<Extent> extents = new ArrayList<>(entry.extents());
        extents.addAll(plan.extents());
        VtocEntry extended = entry.withExtents(extents).withDates(entry.created(), today);
        vtoc.put(extended);
        checkSpaceBalance();
        return extended;
    }

    /**
     * Releases unused space from the end, keeping the first {@code keepTracks} tracks (rounded up to
     * the allocation unit, and never less than one unit): whole extents past them are freed, and the
     * extent they end in is cut. Returns the new entry.
     */
    public VtocEntry release(DataSetName name, int keepTracks) {
        VtocEntry entry = entry(name);
        List<Extent> kept = new ArrayList<>();
        int remaining = Math.max(1, keepTracks);
        for (Extent e : entry.extents()) {
            if (remaining <= 0) {
                free(e);
                continue;
            }
            int unit = releaseUnit(entry, e);
            int keep = Math.min(e.trackCount(), roundUp(remaining, unit));
            kept.add(e.head(keep));
            if (keep < e.trackCount()) {
                free(e.tail(keep));
            }
            remaining -= keep;
        }
        VtocEntry released = entry.withExtents(kept);
        vtoc.put(released);
        checkSpaceBalance();
        return released;
    }

    /** Deletes a data set from this volume and frees its space. */
    public void scratch(DataSetName name) {
        VtocEntry entry = entry(name);
        if (vvds != null && name.equals(vvdsName()) && vvds.size() > 0) {
            throw new DasdException(volser + ": the VVDS still holds " + vvds.size()
                    + " VSAM records; delete the VSAM components on this volume first");
        }
        entry.extents().forEach(this::free);
        vtoc.remove(name);
        if (name.equals(vvdsName())) {
            vvds = null;
        }
        checkSpaceBalance();
    }

    /** Renames a data set in this VTOC. */
    public VtocEntry rename(DataSetName from, DataSetName to) {
        VtocEntry entry = entry(from);
        if (vtoc.contains(to)) {
            throw new DuplicateDataSetException(volser + ": cannot rename " + from + " to " + to
                    + ", which already exists on this volume");
        }
        vtoc.remove(from);
        VtocEntry renamed = entry.withName(to);
        vtoc.put(renamed);
        return renamed;
    }

    /**
     * Replaces an entry's attributes (end of file, dates, DCB) without touching its space: the
     * extents must be the ones the VTOC already holds.
     */
    public VtocEntry update(VtocEntry changed) {
        VtocEntry entry = entry(changed.name());
        Check.that(entry.extents().equals(changed.extents()), "vtoc-update-keeps-extents",
                () -> volser + ": " + changed.name() + " update tried to change extents");
        vtoc.put(changed);
        return changed;
    }

    /** The VTOC entry of {@code name}, or a {@link DataSetNotOnVolumeException} naming the volume. */
    public VtocEntry entry(DataSetName name) {
        return vtoc.find(name).orElseThrow(() -> new DataSetNotOnVolumeException(
                volser + ": " + name + " is not in this volume's VTOC"));
    }

    /** The VVDS, allocating SYS1.VVDS.Vvolser first if this volume has none yet. */
    public Vvds ensureVvds(LocalDate today) {
        if (vvds == null) {
            allocate(NewEntry.of(vvdsName(), Dsorg.VSAM, DcbAttributes.CI4K, SpaceRequest.tracks(VVDS_TRACKS, VVDS_TRACKS)),
                    VVDS_TRACKS, new ExtentBudget(5, "the extent limit of a VVDS"), today);
            vvds = new Vvds();
        }
        return vvds;
    }

    /** SYS1.VVDS.Vvolser, the name of this volume's VVDS. */
    public DataSetName vvdsName() {
        return vvdsName;
    }

    /** Whether {@code name} is one of the volume's own system data sets (VVDS, VTOC index). */
    public boolean isSystemDataSet(DataSetName name) {
        return name.equals(vvdsName) || name.equals(vtocIndexName);
    }

    /**
     * What occupies each part of the volume, in address order: the label, the VTOC, each data set's
     * extents and the free areas. For {@code show volume V map}.
     */
    public List<MapArea> map() {
        List<MapArea> areas = new ArrayList<>();
        areas.add(new MapArea(new Extent(0, 1), MapArea.Kind.LABEL, null));
        areas.add(new MapArea(vtoc.location(), MapArea.Kind.VTOC, null));
        for (VtocEntry e : vtoc.entries()) {
            for (Extent x : e.extents()) {
                areas.add(new MapArea(x, MapArea.Kind.DATA_SET, e.name()));
            }
        }
        freeSpace.areas().forEach(x -> areas.add(new MapArea(x, MapArea.Kind.FREE, null)));
        areas.sort(Comparator.comparing(MapArea::extent));
        return areas;
    }

    /**
     * Checks the whole volume: extents never overlap each other, the VTOC or free space, and free plus
     * allocated tracks equal the volume's size. Throws {@link io.dsmig.sim.InvariantViolation} if not.
     */
    public void verify() {
        List<MapArea> areas = map();
        long sum = 0;
        int next = 0;
        for (MapArea a : areas) {
            int start = a.extent().firstTrack();
            int expected = next;
            Check.that(start >= expected, "extents-disjoint",
                    () -> volser + ": " + a + " overlaps the area before it (which ends before track " + expected + ")");
            next = a.extent().endTrack();
            sum += a.extent().trackCount();
        }
        long total = sum;
        Check.that(total == type.trackCount(), "space-accounted",
                () -> volser + ": areas add up to " + total + " tracks, the volume has " + type.trackCount());
        checkSpaceBalance();
    }

    private void checkSpaceBalance() {
        Check.that(freeSpace.freeTracks() + allocatedTracks == type.trackCount(), "free-plus-allocated",
                () -> volser + ": " + freeSpace.freeTracks() + " free + " + allocatedTracks + " allocated != "
                        + type.trackCount() + " tracks");
    }

    private void free(Extent extent) {
        freeSpace.give(extent);
        allocatedTracks -= extent.trackCount();
    }

    private int releaseUnit(VtocEntry entry, Extent extent) {
        if (freeSpace.isCylinderManaged(extent.firstTrack())) {
            return DeviceType.multicylinderUnitTracks();
        }
        return entry.space().alignmentTracks();
    }

    private void failUnless(AllocationPlan plan, DataSetName name, ExtentBudget budget) {
        if (plan.succeeded()) {
            return;
        }
        String figures = String.format(Locale.ROOT, "%,d tracks requested, largest free area %,d tracks",
                plan.requestedTracks(), plan.largestFreeTracks());
        if (plan.blockedByExtentLimit()) {
            throw new ExtentLimitException(volser + ": no room for " + name + " (" + figures + "; "
                    + plan.extentsNeeded() + " more extent" + (plan.extentsNeeded() == 1 ? "" : "s")
                    + " would pass " + budget.limit() + ")");
        }
        throw new NoSpaceException(String.format(Locale.ROOT, "%s: no room for %s (%s, %,d tracks free in all)",
                volser, name, figures, plan.freeTracks()));
    }

    private void checkVtocRoom(DataSetName name, int extraDscbs) {
        if (extraDscbs > 0 && !vtoc.hasRoomFor(extraDscbs)) {
            throw new VtocFullException(volser + ": the VTOC is full (" + vtoc.dscbsUsed() + " of "
                    + vtoc.dscbCapacity() + " DSCBs in use) and has no room for " + name);
        }
    }

    private static int roundUp(int value, int unit) {
        return (value + unit - 1) / unit * unit;
    }

    @Override
    public String toString() {
        return volser + " (" + type + ")";
    }
}
