package io.dsmig.sim.services;

import io.dsmig.sim.World;
import io.dsmig.sim.app.Application;
import io.dsmig.sim.app.EnqMode;
import io.dsmig.sim.app.EnqRequest;
import io.dsmig.sim.app.Holder;
import io.dsmig.sim.catalog.CatalogEntry;
import io.dsmig.sim.dataset.DataSet;
import io.dsmig.sim.dataset.Sphere;
import io.dsmig.sim.io.IoCallback;
import io.dsmig.sim.io.IoMonitor;
import io.dsmig.sim.io.IoRequest;
import io.dsmig.sim.io.TimingModel;
import io.dsmig.sim.kernel.Kernel;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Mask;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.space.Extent;
import io.dsmig.sim.space.FreeSpaceMap;
import io.dsmig.sim.sysplex.Image;
import io.dsmig.sim.track.TrackContent;
import io.dsmig.sim.volume.NewEntry;
import io.dsmig.sim.volume.Volume;
import io.dsmig.sim.volume.VtocEntry;
import io.dsmig.sim.vsam.Vvds;
import io.dsmig.sim.vsam.VvdsRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** {@link SystemServices} over a simulated {@link World}. */
public final class SimulatedServices implements SystemServices, CatalogService, VtocService, VvdsService, SpaceService,
        TrackIo, MonitorService, EnqService, ApplicationService {

    private final World world;
    private final Map<BiConsumer<String, Boolean>, Consumer<Image>> imageListeners = new HashMap<>();
    private final Map<Consumer<String>, Consumer<Application>> stateListeners = new HashMap<>();

    public SimulatedServices(World world) {
        this.world = world;
    }

    @Override
    public Kernel kernel() {
        return world.kernel();
    }

    @Override
    public LocalDate today() {
        return world.today();
    }

    @Override
    public CatalogService catalog() {
        return this;
    }

    @Override
    public VtocService vtoc() {
        return this;
    }

    @Override
    public VvdsService vvds() {
        return this;
    }

    @Override
    public SpaceService space() {
        return this;
    }

    @Override
    public TrackIo trackIo() {
        return this;
    }

    @Override
    public MonitorService monitors() {
        return this;
    }

    @Override
    public EnqService enq() {
        return this;
    }

    @Override
    public ApplicationService applications() {
        return this;
    }

    // Catalog

    @Override
    public Optional<CatalogEntry> locate(DataSetName name) {
        return world.catalogs().locate(name);
    }

    @Override
    public List<CatalogEntry> list(Mask mask) {
        return world.catalogs().matching(mask);
    }

    @Override
    public String catalogOf(DataSetName name) {
        return world.catalogs().catalogFor(name).name();
    }

    @Override
    public CatalogEntry alterVolumeCellsInPlace(DataSetName name, List<Volser> volumes) {
        return world.catalogs().alterVolumeCellsInPlace(name, volumes);
    }

    @Override
    public void invalidateCaches(DataSetName name) {
        world.catalogs().invalidateEverywhere(name);
    }

    @Override
    public int cacheCount() {
        return world.catalogs().caches().size();
    }

    // VTOC

    @Override
    public List<VtocEntry> entries(Volser volser) {
        return new ArrayList<>(world.volumes().get(volser).vtoc().entries());
    }

    @Override
    public Optional<VtocEntry> find(Volser volser, DataSetName name) {
        return world.volumes().get(volser).vtoc().find(name);
    }

    @Override
    public VtocEntry update(Volser volser, VtocEntry entry) {
        return world.volumes().get(volser).update(entry);
    }

    @Override
    public boolean isSystemDataSet(Volser volser, DataSetName name) {
        return world.volumes().get(volser).isSystemDataSet(name);
    }

    @Override
    public int vtocTracks(Volser volser) {
        return world.volumes().get(volser).vtoc().location().trackCount();
    }

    // VVDS

    @Override
    public Optional<VvdsRecord> record(Volser volser, DataSetName component) {
        return world.volumes().get(volser).vvds().flatMap(v -> v.find(component));
    }

    @Override
    public boolean hasVvds(Volser volser) {
        return world.volumes().get(volser).vvds().isPresent();
    }

    @Override
    public void ensureVvds(Volser volser) {
        world.volumes().get(volser).ensureVvds(world.today());
    }

    @Override
    public void scratchIfEmpty(Volser volser) {
        Volume v = world.volumes().get(volser);
        if (v.vvds().map(x -> x.size() == 0).orElse(false)) {
            v.scratch(v.vvdsName());
        }
    }

    @Override
    public void put(Volser volser, VvdsRecord record) {
        world.volumes().get(volser).ensureVvds(world.today()).put(record);
    }

    // Space

    @Override
    public VolumeInfo volume(Volser volser) {
        Volume v = world.volumes().get(volser);
        return new VolumeInfo(volser, v.type(), v.trackCount(), v.freeTracks(), v.largestFreeTracks(),
                v.vtoc().dscbsFree(), v.storageGroup().orElse(null));
    }

    @Override
    public boolean exists(Volser volser) {
        return world.volumes().contains(volser);
    }

    @Override
    public FreeSpaceMap freeSpaceCopy(Volser volser) {
        return world.volumes().get(volser).freeSpaceCopy();
    }

    @Override
    public boolean prefersCylinderManaged(Volser volser, int trackCount) {
        return world.volumes().get(volser).prefersCylinderManaged(trackCount);
    }

    @Override
    public VtocEntry allocateAt(Volser volser, NewEntry entry, List<Extent> extents) {
        return world.volumes().get(volser).allocateAt(entry, extents, world.today());
    }

    @Override
    public VtocEntry extendAt(Volser volser, DataSetName name, List<Extent> extents) {
        return world.volumes().get(volser).extendAt(name, extents, world.today());
    }

    @Override
    public VtocEntry release(Volser volser, DataSetName name, int keepTracks) {
        return world.volumes().get(volser).release(name, keepTracks);
    }

    @Override
    public void scratch(Volser volser, DataSetName name) {
        Volume v = world.volumes().get(volser);
        v.vvds().ifPresent(x -> x.remove(name));
        v.scratch(name);
    }

    @Override
    public VtocEntry rename(Volser volser, DataSetName from, DataSetName to) {
        Volume v = world.volumes().get(volser);
        VtocEntry renamed = v.rename(from, to);
        v.vvds().flatMap(x -> x.find(from)).ifPresent(r -> {
            Vvds vvds = v.vvds().orElseThrow();
            vvds.remove(from);
            vvds.put(r.withComponent(to, r.cluster()));
        });
        return renamed;
    }

    @Override
    public Optional<DataSet> find(DataSetName name) {
        return world.dataSets().find(name);
    }

    @Override
    public DataSet describe(DataSetName name, List<Volser> volumes) {
        return world.dataSets().describe(name, volumes);
    }

    @Override
    public Sphere sphere(DataSetName anyMember) {
        return world.clusters().sphere(anyMember);
    }

    // Track I/O

    @Override
    public void read(String image, Volser volser, int firstTrack, int count, IoCallback callback) {
        world.image(image).ioPath().submit(IoRequest.read(volser, firstTrack, count, callback));
    }

    @Override
    public void write(String image, Volser volser, int firstTrack, TrackContent[] contents, IoCallback callback) {
        world.image(image).ioPath().submit(IoRequest.write(volser, firstTrack, contents, callback));
    }

    @Override
    public TrackContent[] pointInTime(Volser volser, int firstTrack, int count) {
        TrackContent[] copy = new TrackContent[count];
        var store = world.volumes().get(volser).tracks();
        for (int i = 0; i < count; i++) {
            copy[i] = store.read(firstTrack + i);
        }
        return copy;
    }

    @Override
    public TimingModel timing() {
        return world.io().timing();
    }

    // Monitors and images

    @Override
    public List<String> images() {
        return world.sysplex().images().stream().map(Image::name).toList();
    }

    @Override
    public List<String> imagesThatCanWrite(Volser volser) {
        return world.sysplex().imagesThatCanWrite(volser).stream().map(Image::name).toList();
    }

    @Override
    public boolean isUp(String image) {
        return world.image(image).isUp();
    }

    @Override
    public boolean canHostMonitor(String image) {
        return world.image(image).canHostMonitor();
    }

    @Override
    public void install(String image, IoMonitor monitor) {
        world.image(image).ioPath().install(monitor);
    }

    @Override
    public void remove(String image, IoMonitor monitor) {
        world.image(image).ioPath().remove(monitor);
    }

    @Override
    public void addImageListener(BiConsumer<String, Boolean> listener) {
        Consumer<Image> adapter = i -> listener.accept(i.name(), i.isUp());
        imageListeners.put(listener, adapter);
        world.sysplex().addListener(adapter);
    }

    @Override
    public void removeImageListener(BiConsumer<String, Boolean> listener) {
        Consumer<Image> adapter = imageListeners.remove(listener);
        if (adapter != null) {
            world.sysplex().removeListener(adapter);
        }
    }

    // ENQ

    @Override
    public List<Holder> holders(DataSetName name) {
        return world.applications().openRegistry().holders(name);
    }

    @Override
    public Optional<EnqMode> mode(DataSetName name) {
        return world.applications().openRegistry().mode(name);
    }

    @Override
    public boolean tryEnqueue(DataSetName name, Holder holder, EnqMode mode) {
        return world.applications().openRegistry().tryEnqueue(name, holder, mode);
    }

    @Override
    public EnqRequest enqueue(List<DataSetName> names, Holder holder, EnqMode mode, Runnable whenGranted) {
        return world.applications().openRegistry().enqueue(names, holder, mode, whenGranted);
    }

    @Override
    public void dequeue(DataSetName name, Holder holder) {
        world.applications().openRegistry().dequeue(name, holder);
    }

    // Applications

    @Override
    public List<AppHandle> all() {
        return world.applications().all().stream().map(SimulatedServices::handle).toList();
    }

    @Override
    public AppHandle get(String name) {
        return handle(world.applications().get(name));
    }

    @Override
    public void addStateListener(Consumer<String> listener) {
        Consumer<Application> adapter = a -> listener.accept(a.name());
        stateListeners.put(listener, adapter);
        world.applications().addStateListener(adapter);
    }

    @Override
    public void removeStateListener(Consumer<String> listener) {
        Consumer<Application> adapter = stateListeners.remove(listener);
        if (adapter != null) {
            world.applications().removeStateListener(adapter);
        }
    }

    private static AppHandle handle(Application app) {
        return new AppHandle() {
            @Override
            public String name() {
                return app.name();
            }

            @Override
            public String image() {
                return app.image().name();
            }

            @Override
            public String state() {
                return app.state().name().toLowerCase(Locale.ROOT);
            }

            @Override
            public String failure() {
                return app.failure();
            }

            @Override
            public void requestClose() {
                app.requestClose();
            }

            @Override
            public void reopen() {
                app.reopen();
            }

            @Override
            public String toString() {
                return app.toString();
            }
        };
    }
}
