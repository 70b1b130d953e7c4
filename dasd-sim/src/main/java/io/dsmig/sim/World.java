package io.dsmig.sim;

import io.dsmig.sim.app.Application;
import io.dsmig.sim.app.ApplicationDefinition;
import io.dsmig.sim.app.Applications;
import io.dsmig.sim.app.Churn;
import io.dsmig.sim.app.ChurnDefinition;
import io.dsmig.sim.app.WriteLog;
import io.dsmig.sim.catalog.CatalogEntry;
import io.dsmig.sim.catalog.CatalogSystem;
import io.dsmig.sim.dataset.Clusters;
import io.dsmig.sim.dataset.DataSets;
import io.dsmig.sim.geometry.DeviceType;
import io.dsmig.sim.io.IoSubsystem;
import io.dsmig.sim.io.TimingModel;
import io.dsmig.sim.kernel.Kernel;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.sysplex.Image;
import io.dsmig.sim.sysplex.Sysplex;
import io.dsmig.sim.volume.Volume;
import io.dsmig.sim.volume.VolumeOptions;
import io.dsmig.sim.volume.Volumes;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The simulated installation: one deterministic clock and random source (the {@link Kernel}), the
 * volumes, the catalogs, the data set services over them, the images of the sysplex with their I/O
 * paths, the applications and the churn that keep changing things. Everything in a run hangs off one
 * world; the same seed and the same requests give the same world, byte for byte.
 *
 * <pre>{@code
 * World world = new World(7);
 * world.addVolume("VOL001", DeviceType.D3390_3);
 * world.dataSets().allocate(NewDataSet.of("PAYROLL.MASTER", Dsorg.PS,
 *         SpaceRequest.cylinders(100, 10), List.of(Volser.of("VOL001"))));
 * }</pre>
 */
public final class World {

    /** Simulated time 0 is this moment, for VTOC dates. */
    public static final LocalDateTime DEFAULT_EPOCH = LocalDateTime.of(2026, 1, 5, 8, 0);

    private final Kernel kernel;
    private final LocalDateTime epoch;
    private final Volumes volumes = new Volumes();
    private final CatalogSystem catalogs = new CatalogSystem("CATALOG.MASTER");
    private final DataSets dataSets;
    private final Clusters clusters;
    private final IoSubsystem io;
    private final Sysplex sysplex;
    private final Applications applications;
    private final List<Churn> churns = new ArrayList<>();

    public World(long seed) {
        this(seed, DEFAULT_EPOCH);
    }

    public World(long seed, LocalDateTime epoch) {
        this.kernel = new Kernel(seed);
        this.epoch = epoch;
        this.dataSets = new DataSets(volumes, catalogs, this::today);
        this.clusters = new Clusters(volumes, catalogs, dataSets, this::today);
        this.io = new IoSubsystem(kernel, volumes);
        this.sysplex = new Sysplex(io, catalogs, volumes);
        this.applications = new Applications(kernel, volumes, catalogs, dataSets, clusters, sysplex, this::today);
    }

    public Kernel kernel() {
        return kernel;
    }

    public long seed() {
        return kernel.seed();
    }

    public Volumes volumes() {
        return volumes;
    }

    public CatalogSystem catalogs() {
        return catalogs;
    }

    public DataSets dataSets() {
        return dataSets;
    }

    public Clusters clusters() {
        return clusters;
    }

    public IoSubsystem io() {
        return io;
    }

    public Sysplex sysplex() {
        return sysplex;
    }

    public Applications applications() {
        return applications;
    }

    public WriteLog writeLog() {
        return applications.writeLog();
    }

    public List<Churn> churns() {
        return Collections.unmodifiableList(churns);
    }

    public Image addImage(String name) {
        return sysplex.addImage(name);
    }

    public Image image(String name) {
        return sysplex.image(name);
    }

    /** Defines an application (not started). */
    public Application addApplication(ApplicationDefinition spec) {
        return applications.add(spec);
    }

    /** Defines churn (not started); its jobs run on the spec's image. */
    public Churn addChurn(ChurnDefinition spec) {
        if (churns.stream().anyMatch(c -> c.spec().name().equals(spec.name()))) {
            throw new DasdException("churn " + spec.name() + " is already defined");
        }
        Churn churn = new Churn(spec, kernel, volumes, catalogs, dataSets, applications, sysplex.image(spec.image()));
        churns.add(churn);
        return churn;
    }

    /** Sets the device timing model. */
    public void setTiming(TimingModel timing) {
        io.setTiming(timing);
    }

    /**
     * Reads every track the write log holds where the catalog now places it and compares
     * (DESIGN §4, invariant 3).
     */
    public WriteLog.Verification verifyWrites() {
        return applications.writeLog().verify(dataSets::find, volumes);
    }

    /** The simulated date and time now. */
    public LocalDateTime now() {
        return epoch.plusNanos(kernel.nowNanos());
    }

    public LocalDate today() {
        return now().toLocalDate();
    }

    public Volume addVolume(String volser, DeviceType type) {
        return volumes.add(Volser.of(volser), type, VolumeOptions.DEFAULT);
    }

    public Volume addVolume(Volser volser, DeviceType type, VolumeOptions options) {
        return volumes.add(volser, type, options);
    }

    public Volume volume(String volser) {
        return volumes.get(Volser.of(volser));
    }

    /**
     * Checks the whole world: every volume's space accounting and every catalog entry's volume cells
     * against the VTOCs. Throws {@link InvariantViolation} naming what broke.
     */
    public void verify() {
        volumes.all().forEach(Volume::verify);
        for (var catalog : catalogs.catalogs()) {
            for (CatalogEntry e : catalog.entries()) {
                for (Volser v : e.volumes()) {
                    Check.that(volumes.contains(v) && volumes.get(v).vtoc().contains(e.name()),
                            "catalog-matches-vtoc", () -> e.name() + " is cataloged on " + v
                                    + " but that volume's VTOC has no entry for it");
                }
            }
        }
    }
}
