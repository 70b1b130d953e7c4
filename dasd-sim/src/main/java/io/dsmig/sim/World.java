package io.dsmig.sim;

import io.dsmig.sim.catalog.CatalogEntry;
import io.dsmig.sim.catalog.CatalogSystem;
import io.dsmig.sim.dataset.Clusters;
import io.dsmig.sim.dataset.DataSets;
import io.dsmig.sim.geometry.DeviceType;
import io.dsmig.sim.kernel.Kernel;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.volume.Volume;
import io.dsmig.sim.volume.VolumeOptions;
import io.dsmig.sim.volume.Volumes;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The simulated installation: one deterministic clock and random source (the {@link Kernel}), the
 * volumes, the catalogs, and the data set services over them. Everything in a run hangs off one
 * world; the same seed and the same requests give the same world, byte for byte.
 *
 * <pre>{@code
 * World world = new World(7);
 * world.addVolume("VOL001", DeviceType.D3390_3);
 * world.dataSets().allocate(DataSetSpec.of("PAYROLL.MASTER", Dsorg.PS,
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

    public World(long seed) {
        this(seed, DEFAULT_EPOCH);
    }

    public World(long seed, LocalDateTime epoch) {
        this.kernel = new Kernel(seed);
        this.epoch = epoch;
        this.dataSets = new DataSets(volumes, catalogs, this::today);
        this.clusters = new Clusters(volumes, catalogs, dataSets, this::today);
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
