package io.dsmig.sim.app;

import io.dsmig.sim.DasdException;
import io.dsmig.sim.catalog.CatalogEntry;
import io.dsmig.sim.catalog.CatalogSystem;
import io.dsmig.sim.catalog.EntryType;
import io.dsmig.sim.dataset.Clusters;
import io.dsmig.sim.dataset.DataSet;
import io.dsmig.sim.dataset.DataSets;
import io.dsmig.sim.kernel.Kernel;
import io.dsmig.sim.kernel.SimRandom;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Mask;
import io.dsmig.sim.sysplex.Image;
import io.dsmig.sim.sysplex.Sysplex;
import io.dsmig.sim.vsam.VsamGeometry;
import io.dsmig.sim.vsam.VvdsRecord;
import io.dsmig.sim.volume.Volume;
import io.dsmig.sim.volume.Volumes;
import io.dsmig.sim.volume.VtocEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The applications of the installation, the registry of who holds what open, and the write log of
 * everything they wrote. When an image goes down its applications fail with it.
 */
public final class Applications {

    /** No installation runs more applications than this here. */
    public static final int APPLICATIONS_MAX = 1_000;

    private final Kernel kernel;
    private final Volumes volumes;
    private final CatalogSystem catalogs;
    private final DataSets dataSets;
    private final Clusters clusters;
    private final Sysplex sysplex;
    private final Supplier<LocalDate> today;
    private final OpenRegistry openRegistry;
    private final WriteLog writeLog = new WriteLog();
    private final Map<String, Application> byName = new LinkedHashMap<>();
    private final List<Consumer<Application>> stateListeners = new ArrayList<>();

    public Applications(Kernel kernel, Volumes volumes, CatalogSystem catalogs, DataSets dataSets, Clusters clusters,
            Sysplex sysplex, Supplier<LocalDate> today) {
        this.kernel = kernel;
        this.volumes = volumes;
        this.catalogs = catalogs;
        this.dataSets = dataSets;
        this.clusters = clusters;
        this.sysplex = sysplex;
        this.today = today;
        this.openRegistry = new OpenRegistry(kernel);
        sysplex.addListener(this::imageChanged);
    }

    /** Defines an application; it does nothing until {@link Application#start()}. */
    public Application add(ApplicationDefinition spec) {
        if (byName.containsKey(spec.name())) {
            throw new DasdException("application " + spec.name() + " is already defined");
        }
        if (byName.size() >= APPLICATIONS_MAX) {
            throw new DasdException("cannot define " + spec.name() + ": the limit is " + APPLICATIONS_MAX
                    + " applications");
        }
        Image image = sysplex.image(spec.image());
        Application app = new Application(spec.name(), image, spec.masks(), spec.workload(), this);
        byName.put(spec.name(), app);
        return app;
    }

    public Application get(String name) {
        Application app = byName.get(name.toUpperCase(Locale.ROOT));
        if (app == null) {
            throw new DasdException("application " + name.toUpperCase(Locale.ROOT) + " is not defined"
                    + (byName.isEmpty() ? "" : " (defined: " + String.join(", ", byName.keySet()) + ")"));
        }
        return app;
    }

    public Collection<Application> all() {
        return Collections.unmodifiableCollection(byName.values());
    }

    /** Applications that use (would open, or have open) {@code name}. */
    public List<Application> using(DataSetName name) {
        return byName.values().stream().filter(a -> a.uses(name)).toList();
    }

    /** Tells {@code listener} whenever any application changes state. */
    public void addStateListener(Consumer<Application> listener) {
        stateListeners.add(listener);
    }

    public void removeStateListener(Consumer<Application> listener) {
        stateListeners.remove(listener);
    }

    void stateChanged(Application app) {
        for (Consumer<Application> listener : List.copyOf(stateListeners)) {
            listener.accept(app);
        }
    }

    public OpenRegistry openRegistry() {
        return openRegistry;
    }

    public WriteLog writeLog() {
        return writeLog;
    }

    Kernel kernel() {
        return kernel;
    }

    Volumes volumes() {
        return volumes;
    }

    DataSets dataSets() {
        return dataSets;
    }

    Clusters clusters() {
        return clusters;
    }

    boolean tracing() {
        return kernel.trace().enabled();
    }

    void trace(String kind, String detail) {
        if (kernel.trace().enabled()) {
            kernel.trace().record(kind, detail);
        }
    }

    /**
     * The data sets an application opens: the non-VSAM data sets and VSAM components (of the clusters)
     * matching its masks, at most {@code max} of them chosen at random, in name order.
     */
    List<DataSetName> resolve(List<Mask> masks, int max, SimRandom random) {
        TreeSet<DataSetName> found = new TreeSet<>();
        for (Mask mask : masks) {
            for (CatalogEntry e : catalogs.matching(mask)) {
                addOpenable(e, found);
            }
        }
        found.removeIf(n -> volumes.all().stream().anyMatch(v -> v.isSystemDataSet(n)));
        if (found.isEmpty()) {
            throw new DasdException("no cataloged data set matches " + masks);
        }
        List<DataSetName> list = new ArrayList<>(found);
        for (int i = list.size() - 1; i > 0 && list.size() > max; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
        List<DataSetName> chosen = new ArrayList<>(list.subList(0, Math.min(max, list.size())));
        Collections.sort(chosen);
        return chosen;
    }

    private void addOpenable(CatalogEntry e, TreeSet<DataSetName> found) {
        if (e.type().hasVolumes()) {
            found.add(e.name());
        } else if (e.type() == EntryType.CLUSTER) {
            for (DataSetName component : e.associations()) {
                catalogs.locate(component).filter(c -> c.type().hasVolumes()).ifPresent(c -> found.add(c.name()));
            }
        }
    }

    /** What closing an open data set writes to the VTOC and VVDS: end of file, last-use date, HURBA. */
    void recordClose(OpenDataSet od) {
        if (od.writes == 0 && od.appendedTracks == 0) {
            return;
        }
        DataSet ds = dataSets.describe(od.name, od.pieceVolumes());
        if (od.appendedTracks > 0 && !od.vsamComponent) {
            ds = dataSets.setUsed(ds, Math.min(od.usedTracks, ds.trackCount()), od.recordsPerTrack);
        }
        for (DataSet.Piece p : ds.pieces()) {
            VtocEntry e = p.entry();
            volumes.get(p.volser()).update(e.withDates(e.created(), today.get()));
        }
        if (od.vsamComponent && catalogs.locate(od.name).isPresent()) {
            recordVsamUsage(od, ds);
        }
    }

    private void recordVsamUsage(OpenDataSet od, DataSet ds) {
        VvdsRecord primary = clusters.primaryRecord(od.name);
        Volume first = volumes.get(ds.pieces().get(0).volser());
        long perTrack = VsamGeometry.ciBytesPerTrack(first.type().family(), primary.ciSize());
        long used = (long) od.usedTracks * perTrack / primary.ciSize() * primary.ciSize();
        long hurba = Math.max(primary.highUsedRba(), Math.min(used, primary.highAllocatedRba()));
        long inserted = (long) od.appendedTracks * Math.max(1, perTrack / 200);
        clusters.recordUsage(od.name, hurba, primary.statistics().plus(inserted, od.writes, 0, od.writes / 50, 0));
    }

    /**
     * An image going down takes every application running there with it — also one that has closed
     * its data sets and waits to be told to reopen: nothing is left there to hear the signal.
     */
    private void imageChanged(Image image) {
        if (image.isUp()) {
            return;
        }
        for (Application app : byName.values()) {
            if (app.image() == image && app.state() != Application.State.STOPPED) {
                app.fail("image " + image.name() + " went down");
            }
        }
    }
}
