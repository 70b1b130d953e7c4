package io.dsmig.sim.app;

import io.dsmig.sim.DasdException;
import io.dsmig.sim.catalog.CatalogEntry;
import io.dsmig.sim.catalog.CatalogSystem;
import io.dsmig.sim.catalog.EntryType;
import io.dsmig.sim.dataset.DataSet;
import io.dsmig.sim.dataset.NewDataSet;
import io.dsmig.sim.dataset.DataSets;
import io.dsmig.sim.dataset.VolumeExtent;
import io.dsmig.sim.io.IoRequest;
import io.dsmig.sim.kernel.Kernel;
import io.dsmig.sim.kernel.SimRandom;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Mask;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.space.SpaceRequest;
import io.dsmig.sim.sysplex.Image;
import io.dsmig.sim.track.TrackContent;
import io.dsmig.sim.volume.DcbAttributes;
import io.dsmig.sim.volume.Dsorg;
import io.dsmig.sim.volume.Volumes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scheduled allocation activity from one seeded stream: extend, release, delete, rename, create and
 * delete-and-reallocate, on non-VSAM data sets matching the masks that no application uses. New and
 * reallocated data sets are loaded through the image's I/O path, so I/O monitors see those writes.
 * Every change, done or refused, goes to {@link #events()}.
 */
public final class Churn {

    /** A load writes at most one cylinder per I/O. */
    private static final int LOAD_TRACKS_PER_IO = 15;

    private static final int EVENTS_KEPT_MAX = 100_000;

    private final ChurnDefinition spec;
    private final Kernel kernel;
    private final Volumes volumes;
    private final CatalogSystem catalogs;
    private final DataSets dataSets;
    private final Applications applications;
    private final Image image;
    private final SimRandom random;
    private final List<ChurnEvent> events = new ArrayList<>();
    private final Set<DataSetName> loading = new HashSet<>();
    private final TreeMap<Integer, ChurnAction> byWeight = new TreeMap<>();
    private final int weightTotal;
    private boolean running;

    public Churn(ChurnDefinition spec, Kernel kernel, Volumes volumes, CatalogSystem catalogs, DataSets dataSets,
            Applications applications, Image image) {
        this.spec = spec;
        this.kernel = kernel;
        this.volumes = volumes;
        this.catalogs = catalogs;
        this.dataSets = dataSets;
        this.applications = applications;
        this.image = image;
        this.random = kernel.random("churn/" + spec.name());
        int total = 0;
        for (Map.Entry<ChurnAction, Integer> e : new TreeMap<>(spec.weights()).entrySet()) {
            if (e.getValue() > 0) {
                total += e.getValue();
                byWeight.put(total, e.getKey());
            }
        }
        this.weightTotal = total;
        spec.volumes().forEach(volumes::get);
    }

    public ChurnDefinition spec() {
        return spec;
    }

    /** Starts the schedule; changes begin at the spec's start time. */
    public void start() {
        if (running) {
            return;
        }
        running = true;
        long first = Math.max(kernel.nowNanos(), spec.startNanos()) + gapNanos();
        kernel.postAt(first, this::tick);
    }

    public void stop() {
        running = false;
    }

    public boolean running() {
        return running;
    }

    /** What churn did so far, in order (the newest {@value #EVENTS_KEPT_MAX} at most). */
    public List<ChurnEvent> events() {
        return Collections.unmodifiableList(events);
    }

    private long gapNanos() {
        return Math.max(1, (long) (random.nextExponential() / spec.actionsPerMinute() * 60e9));
    }

    private void tick() {
        if (!running || kernel.nowNanos() >= spec.stopNanos()) {
            running = false;
            return;
        }
        kernel.post(gapNanos(), this::tick);
        ChurnAction action = byWeight.ceilingEntry(1 + random.nextInt(weightTotal)).getValue();
        if (action == ChurnAction.CREATE) {
            create();
            return;
        }
        List<DataSetName> eligible = eligible();
        if (eligible.isEmpty()) {
            log(action, null, null, false, "no data set matching " + spec.masks() + " is free to change");
            return;
        }
        DataSetName target = eligible.get(random.nextInt(eligible.size()));
        try {
            perform(action, target);
        } catch (DasdException e) {
            log(action, target, null, false, e.getMessage());
        }
    }

    private void perform(ChurnAction action, DataSetName target) {
        switch (action) {
            case EXTEND -> {
                dataSets.extend(target);
                log(action, target, null, true, "");
            }
            case RELEASE -> {
                DataSet ds = dataSets.describe(target);
                int keep = ds.usedTracks() + random.nextInt(Math.max(1, ds.trackCount() - ds.usedTracks()));
                DataSet after = dataSets.release(target, Math.max(1, keep));
                log(action, target, null, true, (ds.trackCount() - after.trackCount()) + " tracks released");
            }
            case DELETE -> {
                dataSets.delete(target);
                log(action, target, null, true, "");
            }
            case RENAME -> {
                DataSetName to = freshName();
                dataSets.rename(target, to);
                log(action, target, to, true, "");
            }
            case REALLOCATE -> reallocate(target);
            default -> throw new IllegalStateException("unexpected " + action);
        }
    }

    private void create() {
        DataSetName name = freshName();
        int tracks = 1 + random.nextInt(300);
        Volser volser = spec.volumes().get(random.nextInt(spec.volumes().size()));
        try {
            DataSet ds = dataSets.allocate(new NewDataSet(name, Dsorg.PS, DcbAttributes.FB80,
                    SpaceRequest.tracks(tracks, 1 + random.nextInt(50)), List.of(volser)));
            load(ds);
            log(ChurnAction.CREATE, name, null, true, tracks + " tracks on " + volser);
        } catch (DasdException e) {
            log(ChurnAction.CREATE, name, null, false, e.getMessage());
        }
    }

    /** Deletes the data set and allocates one of the same name and attributes elsewhere, then loads it. */
    private void reallocate(DataSetName target) {
        DataSet old = dataSets.describe(target);
        List<Volser> others = new ArrayList<>(spec.volumes());
        others.removeAll(old.volumes());
        List<Volser> pool = others.isEmpty() ? spec.volumes() : others;
        Volser volser = pool.get(random.nextInt(pool.size()));
        dataSets.delete(target);
        DataSet ds = dataSets.allocate(new NewDataSet(target, old.dsorg(), old.dcb(),
                old.space().withPrimary(Math.max(1, old.space().primary())), List.of(volser)));
        load(ds);
        log(ChurnAction.REALLOCATE, target, null, true, "now on " + volser);
    }

    /** A batch job loads new records into most of the data set through the I/O path. */
    private void load(DataSet ds) {
        int used = Math.max(1, (int) Math.round(ds.trackCount() * (0.5 + random.nextDouble() / 2)));
        int perTrack = volumes.get(ds.volumes().get(0)).type().family()
                .recordsPerTrack(ds.dcb().keyLength(), ds.dcb().effectiveBlockLength());
        long seed = random.nextLong();
        DataSetName name = ds.name();
        loading.add(name);
        int[] outstanding = {0};
        int rel = 0;
        for (VolumeExtent ve : ds.extents()) {
            for (int t = 0; t < ve.trackCount() && rel < used; t += LOAD_TRACKS_PER_IO) {
                int n = Math.min(LOAD_TRACKS_PER_IO, Math.min(ve.trackCount() - t, used - rel));
                TrackContent[] contents = new TrackContent[n];
                for (int i = 0; i < n; i++) {
                    contents[i] = TrackContent.pattern(seed + rel + i, perTrack, ds.dcb().keyLength(),
                            ds.dcb().effectiveBlockLength());
                }
                outstanding[0]++;
                rel += n;
                image.ioPath().submit(IoRequest.write(ve.volser(), ve.extent().firstTrack() + t, contents, r -> {
                    if (--outstanding[0] == 0) {
                        finishLoad(name, used, perTrack);
                    }
                }));
            }
        }
    }

    private void finishLoad(DataSetName name, int used, int perTrack) {
        loading.remove(name);
        try {
            dataSets.find(name).ifPresent(ds -> dataSets.setUsed(ds, Math.min(used, ds.trackCount()), perTrack));
        } catch (DasdException e) {
            log(ChurnAction.CREATE, name, null, false, "load finished but " + e.getMessage());
        }
    }

    private List<DataSetName> eligible() {
        List<DataSetName> list = new ArrayList<>();
        for (Mask mask : spec.masks()) {
            for (CatalogEntry e : catalogs.matching(mask)) {
                DataSetName n = e.name();
                if (e.type() == EntryType.NONVSAM && !loading.contains(n) && !list.contains(n)
                        && !applications.openRegistry().isOpen(n) && applications.using(n).isEmpty()) {
                    list.add(n);
                }
            }
        }
        return list;
    }

    private DataSetName freshName() {
        for (int attempt = 0; attempt < 100; attempt++) {
            Mask mask = spec.masks().get(random.nextInt(spec.masks().size()));
            DataSetName name = mask.example(random);
            if (catalogs.locate(name).isEmpty() && applications.using(name).isEmpty()) {
                return name;
            }
        }
        throw new DasdException("churn " + spec.name() + " found no unused name matching " + spec.masks());
    }

    private void log(ChurnAction action, DataSetName dataSet, DataSetName newName, boolean done, String detail) {
        if (events.size() < EVENTS_KEPT_MAX) {
            events.add(new ChurnEvent(kernel.nowNanos(), action, dataSet, newName, done, detail));
        }
        if (kernel.trace().enabled()) {
            kernel.trace().record("churn", action.name().toLowerCase() + " " + dataSet
                    + (newName == null ? "" : " -> " + newName) + (done ? "" : " refused: " + detail));
        }
    }
}
