package io.dsmig.engine;

import io.dsmig.sim.catalog.CatalogEntry;
import io.dsmig.sim.dataset.DataSet;
import io.dsmig.sim.dataset.Sphere;
import io.dsmig.sim.io.IoCallback;
import io.dsmig.sim.io.TimingModel;
import io.dsmig.sim.kernel.Kernel;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Mask;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.services.ApplicationService;
import io.dsmig.sim.services.CatalogService;
import io.dsmig.sim.services.EnqService;
import io.dsmig.sim.services.MonitorService;
import io.dsmig.sim.services.SpaceService;
import io.dsmig.sim.services.SystemServices;
import io.dsmig.sim.services.TrackIo;
import io.dsmig.sim.services.VolumeInfo;
import io.dsmig.sim.services.VtocService;
import io.dsmig.sim.services.VvdsService;
import io.dsmig.sim.space.Extent;
import io.dsmig.sim.space.FreeSpaceMap;
import io.dsmig.sim.track.TrackContent;
import io.dsmig.sim.volume.NewEntry;
import io.dsmig.sim.volume.VtocEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A test-only {@link SystemServices} that hands every call to the real services and writes down,
 * with the simulated time and the migration's phase at that moment, everything the engine does that
 * changes the system: each track write (its volume), each in-place catalog alter (its data set), and
 * each space operation (its kind and volume). Invariants 1 and 5 of DESIGN §4 are checked on it.
 */
public final class RecordingServices implements SystemServices {

    /** One recorded change: what (write, alter, allocate, extend, release, scratch, rename), where, when, in which phase. */
    public record Change(String kind, Volser volser, DataSetName dataSet, long timeNanos, Phase phase) {
    }

    private final SystemServices inner;
    private final List<Change> changes = new ArrayList<>();
    private Supplier<Phase> phase = () -> null;
    private final CatalogService catalog;
    private final TrackIo trackIo;
    private final SpaceService space;

    public RecordingServices(SystemServices inner) {
        this.inner = inner;
        this.catalog = new RecordingCatalog();
        this.trackIo = new RecordingTrackIo();
        this.space = new RecordingSpace();
    }

    /** Where to read the migration's phase from (set once the migration has started). */
    public void phaseFrom(Supplier<Phase> value) {
        this.phase = value;
    }

    public List<Change> changes() {
        return changes;
    }

    public List<Change> changes(String kind) {
        return changes.stream().filter(c -> c.kind().equals(kind)).toList();
    }

    private void record(String kind, Volser volser, DataSetName dataSet) {
        changes.add(new Change(kind, volser, dataSet, inner.kernel().nowNanos(), phase.get()));
    }

    @Override
    public Kernel kernel() {
        return inner.kernel();
    }

    @Override
    public LocalDate today() {
        return inner.today();
    }

    @Override
    public CatalogService catalog() {
        return catalog;
    }

    @Override
    public VtocService vtoc() {
        return inner.vtoc();
    }

    @Override
    public VvdsService vvds() {
        return inner.vvds();
    }

    @Override
    public SpaceService space() {
        return space;
    }

    @Override
    public TrackIo trackIo() {
        return trackIo;
    }

    @Override
    public MonitorService monitors() {
        return inner.monitors();
    }

    @Override
    public EnqService enq() {
        return inner.enq();
    }

    @Override
    public ApplicationService applications() {
        return inner.applications();
    }

    private final class RecordingCatalog implements CatalogService {
        @Override
        public Optional<CatalogEntry> locate(DataSetName name) {
            return inner.catalog().locate(name);
        }

        @Override
        public List<CatalogEntry> list(Mask mask) {
            return inner.catalog().list(mask);
        }

        @Override
        public String catalogOf(DataSetName name) {
            return inner.catalog().catalogOf(name);
        }

        @Override
        public CatalogEntry alterVolumeCellsInPlace(DataSetName name, List<Volser> volumes) {
            record("alter", volumes.isEmpty() ? null : volumes.get(0), name);
            return inner.catalog().alterVolumeCellsInPlace(name, volumes);
        }

        @Override
        public void invalidateCaches(DataSetName name) {
            inner.catalog().invalidateCaches(name);
        }

        @Override
        public int cacheCount() {
            return inner.catalog().cacheCount();
        }
    }

    private final class RecordingTrackIo implements TrackIo {
        @Override
        public void read(String image, Volser volser, int firstTrack, int count, IoCallback callback) {
            inner.trackIo().read(image, volser, firstTrack, count, callback);
        }

        @Override
        public void write(String image, Volser volser, int firstTrack, TrackContent[] contents, IoCallback callback) {
            record("write", volser, null);
            inner.trackIo().write(image, volser, firstTrack, contents, callback);
        }

        @Override
        public TrackContent[] pointInTime(Volser volser, int firstTrack, int count) {
            return inner.trackIo().pointInTime(volser, firstTrack, count);
        }

        @Override
        public TimingModel timing() {
            return inner.trackIo().timing();
        }
    }

    private final class RecordingSpace implements SpaceService {
        @Override
        public VolumeInfo volume(Volser volser) {
            return inner.space().volume(volser);
        }

        @Override
        public boolean exists(Volser volser) {
            return inner.space().exists(volser);
        }

        @Override
        public FreeSpaceMap freeSpaceCopy(Volser volser) {
            return inner.space().freeSpaceCopy(volser);
        }

        @Override
        public boolean prefersCylinderManaged(Volser volser, int trackCount) {
            return inner.space().prefersCylinderManaged(volser, trackCount);
        }

        @Override
        public VtocEntry allocateAt(Volser volser, NewEntry entry, List<Extent> extents) {
            record("allocate", volser, entry.name());
            return inner.space().allocateAt(volser, entry, extents);
        }

        @Override
        public VtocEntry extendAt(Volser volser, DataSetName name, List<Extent> extents) {
            record("extend", volser, name);
            return inner.space().extendAt(volser, name, extents);
        }

        @Override
        public VtocEntry release(Volser volser, DataSetName name, int keepTracks) {
            record("release", volser, name);
            return inner.space().release(volser, name, keepTracks);
        }

        @Override
        public void scratch(Volser volser, DataSetName name) {
            record("scratch", volser, name);
            inner.space().scratch(volser, name);
        }

        @Override
        public VtocEntry rename(Volser volser, DataSetName from, DataSetName to) {
            record("rename", volser, from);
            return inner.space().rename(volser, from, to);
        }

        @Override
        public Optional<DataSet> find(DataSetName name) {
            return inner.space().find(name);
        }

        @Override
        public DataSet describe(DataSetName name, List<Volser> volumes) {
            return inner.space().describe(name, volumes);
        }

        @Override
        public Sphere sphere(DataSetName anyMember) {
            return inner.space().sphere(anyMember);
        }
    }
}
