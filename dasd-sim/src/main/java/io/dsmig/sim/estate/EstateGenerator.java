package io.dsmig.sim.estate;

import io.dsmig.sim.World;
import io.dsmig.sim.catalog.CatalogSystem;
import io.dsmig.sim.dataset.NewAlternateIndex;
import io.dsmig.sim.dataset.NewCluster;
import io.dsmig.sim.dataset.DataSet;
import io.dsmig.sim.dataset.NewDataSet;
import io.dsmig.sim.dataset.Sphere;
import io.dsmig.sim.kernel.SimRandom;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Mask;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.space.Extent;
import io.dsmig.sim.space.NoSpaceException;
import io.dsmig.sim.space.SpaceRequest;
import io.dsmig.sim.volume.DcbAttributes;
import io.dsmig.sim.volume.Dsorg;
import io.dsmig.sim.volume.Recfm;
import io.dsmig.sim.volume.Volume;
import io.dsmig.sim.vsam.VsamGeometry;
import io.dsmig.sim.vsam.VsamStatistics;
import io.dsmig.sim.vsam.VsamType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fills volumes with a realistic, deterministic estate: data sets named after masks, sized by a
 * log-normal spread to reach a target fill, some in several extents, some across volumes, some VSAM
 * clusters (a few with alternate indexes), all cataloged (through user catalogs and aliases for the
 * masks' high-level qualifiers) and holding synthetic records up to their end-of-file pointers.
 *
 * <p>The same spec on the same volumes always gives the same estate, whatever the world's seed.
 */
public final class EstateGenerator {

    /** Attempts at drawing a fresh name before the masks are judged too narrow for the count. */
    private static final int NAME_ATTEMPTS_MAX = 200;

    /** The longest VSAM cluster name: it must leave room for {@code .INDEX}. */
    private static final int CLUSTER_NAME_LENGTH_MAX = DataSetName.LENGTH_MAX - ".INDEX".length();

    private final World world;
    private final EstatePlan spec;
    private final SimRandom random;
    private final Map<Volser, Long> budget = new LinkedHashMap<>();
    private final List<Planned> planned = new ArrayList<>();
    private final List<DataSetName> dataSets = new ArrayList<>();
    private final List<DataSetName> clusters = new ArrayList<>();

    /** One data set to make. */
    private record Planned(DataSetName name, int tracks, Kind kind, int pieces) {
    }

    private enum Kind { SEQUENTIAL, MULTI_VOLUME, VSAM }

    private EstateGenerator(World world, EstatePlan spec) {
        this.world = world;
        this.spec = spec;
        this.random = new SimRandom(SimRandom.derivedSeed(spec.seed(), "estate"));
    }

    /**
     * Generates the estate into {@code world}.
     *
     * @throws IllegalArgumentException when the masks cannot yield enough distinct names, or a volume is unknown
     */
    public static Estate generate(World world, EstatePlan spec) {
        return new EstateGenerator(world, spec).run();
    }

    private Estate run() {
        long volumeTracks = 0;
        long allocatedBefore = 0;
        for (Volser v : spec.volumes()) {
            Volume volume = world.volumes().get(v);
            volumeTracks += volume.trackCount();
            allocatedBefore += volume.allocatedTracks();
            budget.put(v, (long) (spec.fillPercent() / 100.0 * volume.trackCount()) - volume.allocatedTracks());
        }
        defineAliases();
        plan(Math.max(0, (long) (spec.fillPercent() / 100.0 * volumeTracks) - allocatedBefore));
        List<Planned> bySize = new ArrayList<>(planned);
        bySize.sort(Comparator.comparingInt(Planned::tracks).reversed());
        bySize.forEach(this::allocatePrimary);
        extendAll();
        dataSets.forEach(this::writeContents);
        clusters.forEach(this::writeClusterContents);
        long allocatedAfter = spec.volumes().stream().mapToLong(v -> world.volumes().get(v).allocatedTracks()).sum();
        return new Estate(dataSets, clusters, allocatedAfter - allocatedBefore, volumeTracks,
                100.0 * allocatedAfter / volumeTracks);
    }

    /** Sends each mask's high-level qualifier to a user catalog of its own, as most installations do. */
    private void defineAliases() {
        CatalogSystem catalogs = world.catalogs();
        for (Mask mask : spec.nameMasks()) {
            mask.highLevelQualifier().filter(hlq -> !hlq.startsWith("SYS"))
                    .filter(hlq -> !catalogs.aliases().containsKey(hlq))
                    .filter(hlq -> catalogs.catalogFor(DataSetName.of(hlq)).find(DataSetName.of(hlq)).isEmpty())
                    .ifPresent(hlq -> {
                        String ucat = "UCAT." + hlq;
                        if (catalogs.catalogs().stream().noneMatch(c -> c.name().equals(ucat))) {
                            catalogs.defineUserCatalog(ucat);
                        }
                        if (catalogs.master().matching(Mask.parse(hlq + ".**")).isEmpty()) {
                            catalogs.defineAlias(hlq, ucat);
                        }
                    });
        }
    }

    private void plan(long targetTracks) {
        int n = spec.dataSetCount();
        double[] weights = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            weights[i] = Math.exp(spec.sizeSpread() * random.nextGaussian());
            sum += weights[i];
        }
        long largestBudget = budget.values().stream().mapToLong(Long::longValue).max().orElse(0);
        int sizeMax = (int) Math.max(1, Math.min(Integer.MAX_VALUE, largestBudget / 2));
        Set<DataSetName> used = new HashSet<>();
        for (int i = 0; i < n; i++) {
            int tracks = (int) Math.max(1, Math.min(sizeMax, Math.floor(weights[i] / sum * targetTracks)));
            Kind kind = kindOf();
            DataSetName name = freshName(spec.nameMasks().get(i % spec.nameMasks().size()), used,
                    kind == Kind.VSAM);
            int pieces = random.nextDouble() < spec.multiExtentShare() && tracks >= 4 ? 2 + random.nextInt(5) : 1;
            planned.add(new Planned(name, tracks, kind, pieces));
        }
    }

    private Kind kindOf() {
        double draw = random.nextDouble();
        if (draw < spec.vsamShare()) {
            return Kind.VSAM;
        }
        if (spec.volumes().size() > 1 && random.nextDouble() < spec.multiVolumeShare()) {
            return Kind.MULTI_VOLUME;
        }
        return Kind.SEQUENTIAL;
    }

    private DataSetName freshName(Mask mask, Set<DataSetName> used, boolean cluster) {
        for (int attempt = 0; attempt < NAME_ATTEMPTS_MAX; attempt++) {
            DataSetName name = mask.example(random);
            // 'PAYROLL.**' also matches PAYROLL alone, but a one-level name would sit in the master
            // catalog beside the alias PAYROLL: installations use such names only when asked to.
            boolean levels = name.value().indexOf('.') > 0 || mask.toString().indexOf('.') < 0;
            boolean fits = levels && (!cluster || name.value().length() <= CLUSTER_NAME_LENGTH_MAX - ".AIX".length());
            if (fits && used.add(name) && world.catalogs().locate(name).isEmpty()) {
                if (cluster) {
                    used.add(DataSetName.of(name.value() + ".DATA"));
                    used.add(DataSetName.of(name.value() + ".INDEX"));
                }
                return name;
            }
        }
        throw new IllegalArgumentException("the masks " + spec.nameMasks() + " cannot give " + spec.dataSetCount()
                + " distinct data set names; use masks with more wildcards or fewer data sets");
    }

    private void allocatePrimary(Planned p) {
        for (Volser volser : volumesByBudget()) {
            try {
                if (p.kind() == Kind.VSAM) {
                    defineCluster(p, volser);
                } else {
                    allocateNonVsam(p, volser);
                }
                return;
            } catch (NoSpaceException full) {
                // This volume has no room left for it; the next one with the most budget may.
            }
        }
    }

    private void allocateNonVsam(Planned p, Volser volser) {
        int primary = p.kind() == Kind.MULTI_VOLUME ? Math.max(1, p.tracks() / 2) : ceilDiv(p.tracks(), p.pieces());
        int secondary = Math.max(1, ceilDiv(p.tracks(), p.pieces()));
        Dsorg dsorg = p.kind() == Kind.MULTI_VOLUME ? Dsorg.PS : pickDsorg(p.pieces());
        SpaceRequest space = primary >= 150 && secondary % 15 == 0 && random.nextBoolean()
                ? SpaceRequest.cylinders(ceilDiv(primary, 15), secondary / 15)
                : SpaceRequest.tracks(primary, secondary);
        List<Volser> volumes = new ArrayList<>(List.of(volser));
        if (p.kind() == Kind.MULTI_VOLUME) {
            volumesByBudget().stream().filter(v -> !v.equals(volser)).findFirst().ifPresent(volumes::add);
        }
        DataSet ds = world.dataSets().allocate(new NewDataSet(p.name(), dsorg, dcbFor(dsorg), space, volumes));
        charge(ds);
        dataSets.add(p.name());
    }

    private Dsorg pickDsorg(int pieces) {
        double draw = random.nextDouble();
        if (draw < 0.08 && pieces <= 16) {
            return Dsorg.PO;
        }
        if (draw < 0.12) {
            return Dsorg.PO_E;
        }
        if (draw < 0.17) {
            return Dsorg.DA;
        }
        return draw < 0.22 ? Dsorg.PS_E : Dsorg.PS;
    }

    private DcbAttributes dcbFor(Dsorg dsorg) {
        return switch (dsorg) {
            case PO, PO_E -> new DcbAttributes(Recfm.FB, 80, 27_920, 0);
            case DA -> new DcbAttributes(Recfm.F, 4_000, 4_000, 8);
            default -> random.nextBoolean() ? new DcbAttributes(Recfm.FB, 80, 27_920, 0)
                    : new DcbAttributes(Recfm.VB, 1_024, 27_998, 0);
        };
    }

    private void defineCluster(Planned p, Volser volser) {
        VsamType type = switch (random.nextInt(10)) {
            case 0, 1, 2, 3, 4, 5 -> VsamType.KSDS;
            case 6, 7 -> VsamType.ESDS;
            case 8 -> VsamType.RRDS;
            default -> VsamType.LDS;
        };
        int ciSize = type == VsamType.LDS ? 4_096 : (random.nextBoolean() ? 4_096 : 18_432);
        int dataTracks = Math.max(1, p.tracks() * 19 / 20);
        NewCluster cluster = new NewCluster(p.name(), type, List.of(volser),
                SpaceRequest.tracks(dataTracks, Math.max(1, dataTracks / 10)), null, ciSize, false);
        Sphere sphere = world.clusters().define(cluster);
        sphere.components().forEach(c -> charge(world.dataSets().describe(c.name())));
        clusters.add(p.name());
        if (type == VsamType.KSDS && random.nextInt(10) == 0) {
            defineAlternateIndex(p, volser);
        }
    }

    private void defineAlternateIndex(Planned p, Volser volser) {
        DataSetName aix = DataSetName.of(p.name().value() + ".AIX");
        int tracks = Math.max(1, p.tracks() / 10);
        try {
            Sphere sphere = world.clusters().defineAlternateIndex(new NewAlternateIndex(aix, p.name(),
                    List.of(volser), SpaceRequest.tracks(tracks, Math.max(1, tracks / 10)), 4_096));
            world.clusters().definePath(DataSetName.of(aix.value() + ".PATH"), aix);
            sphere.alternateIndexes().stream().filter(a -> a.name().equals(aix)).forEach(a ->
                    a.associations().stream().skip(1).forEach(c -> charge(world.dataSets().describe(c))));
        } catch (NoSpaceException full) {
            // The cluster stays without an alternate index; that is a legal sphere too.
        }
    }

    /** Second pass: extensions, in an order that interleaves them so extents really scatter. */
    private void extendAll() {
        List<Planned> order = new ArrayList<>(planned);
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Planned t = order.get(i);
            order.set(i, order.get(j));
            order.set(j, t);
        }
        for (Planned p : order) {
            if (!dataSets.contains(p.name())) {
                continue;
            }
            try {
                if (p.kind() == Kind.MULTI_VOLUME) {
                    extendOntoSecondVolume(p);
                } else {
                    for (int k = 1; k < p.pieces(); k++) {
                        charge(world.dataSets().describe(p.name()), world.dataSets().extend(p.name()));
                    }
                }
            } catch (NoSpaceException full) {
                // A data set that cannot grow further keeps the extents it has.
            }
        }
    }

    private void extendOntoSecondVolume(Planned p) {
        DataSet ds = world.dataSets().describe(p.name());
        List<Volser> candidates = ds.catalogEntry().candidates();
        if (candidates.isEmpty()) {
            return;
        }
        int rest = Math.max(1, p.tracks() - ds.trackCount());
        charge(ds, world.dataSets().extendOnNewVolume(p.name(), candidates.get(0), rest));
    }

    private void writeContents(DataSetName name) {
        DataSet ds = world.dataSets().describe(name);
        int used = usedTracks(ds.trackCount());
        DcbAttributes dcb = ds.dcb();
        int recordsPerTrack = fill(ds, used, dcb.effectiveBlockLength(), dcb.keyLength());
        ds = world.dataSets().setUsed(ds, used, recordsPerTrack);
        age(ds);
    }

    private void writeClusterContents(DataSetName cluster) {
        for (var component : world.clusters().sphere(cluster).components()) {
            DataSet ds = world.dataSets().describe(component.name());
            var primary = world.clusters().primaryRecord(component.name());
            int used = usedTracks(ds.trackCount());
            int physical = VsamGeometry.physicalRecordLength(primary.ciSize());
            fill(ds, used, physical, 0);
            long hurba = primary.highAllocatedRba() * used / Math.max(1, ds.trackCount());
            hurba = hurba / primary.ciSize() * primary.ciSize();
            long records = hurba / 200;
            world.clusters().recordUsage(component.name(), hurba, new VsamStatistics(records,
                    records / 10, records / 50, records / 5, records / 400, records / 4_000));
            age(world.dataSets().describe(component.name()));
        }
    }

    /** Writes synthetic records to the first {@code used} tracks; returns the records per track. */
    private int fill(DataSet ds, int used, int blockLength, int keyLength) {
        long seed = SimRandom.derivedSeed(spec.seed(), ds.name().value());
        long index = 0;
        int recordsPerTrack = 1;
        for (var ve : ds.extents()) {
            if (index >= used) {
                break;
            }
            Volume volume = world.volumes().get(ve.volser());
            recordsPerTrack = volume.type().family().recordsPerTrack(keyLength, blockLength);
            int tracks = (int) Math.min(ve.trackCount(), used - index);
            volume.tracks().fill(new Extent(ve.extent().firstTrack(), tracks), seed, index,
                    recordsPerTrack, keyLength, blockLength);
            index += tracks;
        }
        return recordsPerTrack;
    }

    private int usedTracks(int tracks) {
        double share = spec.usedShare() + random.nextDouble() * (1 - spec.usedShare());
        return (int) Math.max(1, Math.min(tracks, Math.round(tracks * share)));
    }

    /** Back-dates creation and last use so listings look like a real estate's. */
    private void age(DataSet ds) {
        int createdDaysAgo = random.nextInt(2_000);
        int usedDaysAgo = random.nextInt(createdDaysAgo + 1);
        var created = world.today().minusDays(createdDaysAgo);
        var lastUsed = world.today().minusDays(usedDaysAgo);
        for (DataSet.Piece p : ds.pieces()) {
            world.volumes().get(p.volser()).update(p.entry().withDates(created, lastUsed));
        }
    }

    private List<Volser> volumesByBudget() {
        List<Volser> order = new ArrayList<>(budget.keySet());
        order.sort(Comparator.comparingLong((Volser v) -> budget.get(v)).reversed().thenComparing(v -> v));
        return order;
    }

    private void charge(DataSet ds) {
        for (DataSet.Piece p : ds.pieces()) {
            budget.computeIfPresent(p.volser(), (v, b) -> b - p.entry().trackCount());
        }
    }

    private void charge(DataSet before, DataSet after) {
        for (DataSet.Piece p : after.pieces()) {
            DataSet.Piece old = before.pieceOn(p.volser());
            int grown = p.entry().trackCount() - (old == null ? 0 : old.entry().trackCount());
            budget.computeIfPresent(p.volser(), (v, b) -> b - grown);
        }
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
