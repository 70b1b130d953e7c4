package io.dsmig.dsl.run;

import io.dsmig.dsl.Output;
import io.dsmig.dsl.ast.*;
import io.dsmig.sim.Words;
import io.dsmig.sim.World;
import io.dsmig.sim.app.ApplicationDefinition;
import io.dsmig.sim.app.Buffering;
import io.dsmig.sim.app.ChurnAction;
import io.dsmig.sim.app.ChurnDefinition;
import io.dsmig.sim.app.Distribution;
import io.dsmig.sim.app.Workload;
import io.dsmig.sim.dataset.DataSet;
import io.dsmig.sim.dataset.NewAlternateIndex;
import io.dsmig.sim.dataset.NewCluster;
import io.dsmig.sim.dataset.NewDataSet;
import io.dsmig.sim.estate.Estate;
import io.dsmig.sim.estate.EstateGenerator;
import io.dsmig.sim.estate.EstatePlan;
import io.dsmig.sim.geometry.DeviceFamily;
import io.dsmig.sim.geometry.DeviceType;
import io.dsmig.sim.io.DeviceTiming;
import io.dsmig.sim.io.TimingModel;
import io.dsmig.sim.kernel.SimRandom;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Mask;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.space.SpaceRequest;
import io.dsmig.sim.volume.DcbAttributes;
import io.dsmig.sim.volume.Dsorg;
import io.dsmig.sim.volume.Recfm;
import io.dsmig.sim.volume.VolumeOptions;
import io.dsmig.sim.vsam.VsamGeometry;
import io.dsmig.sim.vsam.VsamStatistics;
import io.dsmig.sim.vsam.VsamType;
import io.dsmig.sim.vsam.VvdsRecord;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Carries out the statements that define the world and its activity. */
final class WorldBuilder {

    private final World w;
    private final Output out;

    WorldBuilder(World world, Output output) {
        this.w = world;
        this.out = output;
    }

    void build(Statement s, Params p) {
        if (s instanceof ImageStatement x) {
            for (Name n : x.names()) {
                w.addImage(n.upper(p)).setCanHostMonitor(!x.noMonitor());
            }
        } else if (s instanceof VolumeStatement x) {
            volumes(x, p);
        } else if (s instanceof CatalogStatement x) {
            String name = x.name().value(p);
            w.catalogs().defineUserCatalog(name);
            x.aliases().forEach(a -> w.catalogs().defineAlias(a.upper(p), name));
        } else if (s instanceof AliasStatement x) {
            x.aliases().forEach(a -> w.catalogs().defineAlias(a.upper(p), x.catalog().value(p)));
        } else if (s instanceof DatasetStatement x) {
            dataset(x, p);
        } else if (s instanceof ClusterStatement x) {
            cluster(x, p);
        } else if (s instanceof AixStatement x) {
            w.clusters().defineAlternateIndex(new NewAlternateIndex(DataSetName.of(x.name().value(p)),
                    DataSetName.of(x.base().value(p)), x.volumes().value(p), space(x.space(), p),
                    x.ciSize() == null ? 4_096 : (int) x.ciSize().longValue(p)));
        } else if (s instanceof PathStatement x) {
            w.clusters().definePath(DataSetName.of(x.name().value(p)), DataSetName.of(x.aix().value(p)));
        } else if (s instanceof PopulateStatement x) {
            populate(x, p);
        } else if (s instanceof TimingStatement x) {
            timing(x, p);
        }
    }

    private void volumes(VolumeStatement x, Params p) {
        DeviceType type = DeviceType.parse(x.device().text());
        VolumeOptions options = new VolumeOptions(x.vtocTracks() == null ? 0 : (int) x.vtocTracks().longValue(p),
                x.indexed(), x.pool() == null ? null : x.pool().upper(p));
        TimingModel timing = w.io().timing();
        for (Volser v : x.volumes().value(p)) {
            w.addVolume(v, type, options);
            if (!x.onlineTo().isEmpty()) {
                w.sysplex().setOnline(v, x.onlineTo().stream().map(Name::upper).toList());
            }
            if (x.servers() != null) {
                timing = timing.withServers(v, (int) x.servers().longValue(p));
            }
        }
        w.setTiming(timing);
    }

    private void dataset(DatasetStatement x, Params p) {
        Dsorg dsorg = x.dsorg() == null ? Dsorg.PS : Dsorg.parse(x.dsorg().text());
        Recfm recfm = x.recfm() == null ? Recfm.FB : Recfm.of(x.recfm().text());
        int lrecl = x.lrecl() == null ? 80 : (int) x.lrecl().longValue(p);
        int blksize = x.blksize() != null ? (int) x.blksize().longValue(p)
                : recfm.fixed() && recfm.blocked() ? 27_998 / lrecl * lrecl : Math.max(lrecl, 4_096);
        int keylen = x.keylen() == null ? 0 : (int) x.keylen().longValue(p);
        DcbAttributes dcb = new DcbAttributes(recfm, lrecl, blksize, keylen);
        DataSet ds = w.dataSets().allocate(new NewDataSet(DataSetName.of(x.name().value(p)), dsorg, dcb,
                space(x.space(), p), x.volumes().value(p)));
        double used = x.used() == null ? 0 : x.used().share(p);
        if (used > 0) {
            int tracks = Math.max(1, (int) Math.round(ds.trackCount() * used));
            int perTrack = fill(ds, tracks, dcb.effectiveBlockLength(), keylen);
            w.dataSets().setUsed(ds, tracks, perTrack);
        }
    }

    private void cluster(ClusterStatement x, Params p) {
        VsamType type = VsamType.parse(x.type().text());
        int ci = x.ciSize() == null ? 4_096 : (int) x.ciSize().longValue(p);
        DataSetName name = DataSetName.of(x.name().value(p));
        NewCluster spec = new NewCluster(name, type, x.volumes().value(p), space(x.space(), p),
                x.indexSpace() == null ? null : space(x.indexSpace(), p), ci, x.ecr());
        var sphere = w.clusters().define(spec);
        double used = x.used() == null ? 0 : x.used().share(p);
        if (used > 0) {
            for (var component : sphere.components()) {
                DataSet ds = w.dataSets().describe(component.name());
                VvdsRecord primary = w.clusters().primaryRecord(component.name());
                int tracks = Math.max(1, (int) Math.round(ds.trackCount() * used));
                fill(ds, tracks, VsamGeometry.physicalRecordLength(primary.ciSize()), 0);
                long hurba = primary.highAllocatedRba() * tracks / ds.trackCount() / primary.ciSize() * primary.ciSize();
                long records = hurba / 200;
                w.clusters().recordUsage(component.name(), hurba,
                        new VsamStatistics(records, records / 10, 0, records / 5, records / 400, records / 4_000));
            }
        }
    }

    /** Loads synthetic records into the first {@code tracks} tracks, as a program loading the data set would. */
    private int fill(DataSet ds, int tracks, int blockLength, int keyLength) {
        long seed = SimRandom.derivedSeed(w.seed(), "load/" + ds.name().value());
        long index = 0;
        int perTrack = 1;
        for (var ve : ds.extents()) {
            if (index >= tracks) {
                break;
            }
            var volume = w.volumes().get(ve.volser());
            perTrack = volume.type().family().recordsPerTrack(keyLength, blockLength);
            int n = (int) Math.min(ve.trackCount(), tracks - index);
            volume.tracks().fill(new io.dsmig.sim.space.Extent(ve.extent().firstTrack(), n), seed, index, perTrack,
                    keyLength, blockLength);
            index += n;
        }
        return perTrack;
    }

    private static SpaceRequest space(SpaceSpec s, Params p) {
        int primary = (int) s.primary().longValue(p);
        int secondary = s.secondary() == null ? 0 : (int) s.secondary().longValue(p);
        SpaceRequest r = switch (s.unit()) {
            case "cyl" -> SpaceRequest.cylinders(primary, secondary);
            case "trk" -> SpaceRequest.tracks(primary, secondary);
            default -> SpaceRequest.blocks((int) s.blockLength().longValue(p), primary, secondary);
        };
        return r.withContiguous(s.contiguous());
    }

    private void populate(PopulateStatement x, Params p) {
        List<Volser> volumes = x.volumes().value(p);
        List<Mask> masks = x.masks().stream().map(m -> Mask.parse(m.value(p))).toList();
        long seed = x.seed() != null ? x.seed().longValue(p) : SimRandom.derivedSeed(w.seed(), "populate");
        EstatePlan plan = EstatePlan.of(volumes, (int) x.count().longValue(p), masks,
                x.fill() == null ? 50 : x.fill().value(p), seed);
        if (x.vsam() != null) {
            plan = plan.withVsamShare(x.vsam().share(p));
        }
        if (x.multiVolume() != null) {
            plan = plan.withMultiVolumeShare(x.multiVolume().share(p));
        }
        if (x.multiExtent() != null) {
            plan = plan.withMultiExtentShare(x.multiExtent().share(p));
        }
        if (x.spread() != null) {
            plan = plan.withSizeSpread(x.spread().value(p));
        }
        if (x.used() != null) {
            plan = plan.withUsedShare(x.used().share(p));
        }
        Estate estate = EstateGenerator.generate(w, plan);
        out.line(String.format(Locale.ROOT, "populated %s with %s (%s), %.1f%% full", Words.count(volumes.size(), "volume"),
                Words.count(estate.size(), "data set"), Words.count(estate.clusters().size(), "VSAM cluster"),
                estate.fillPercent()));
    }

    private void timing(TimingStatement x, Params p) {
        TimingModel t = w.io().timing();
        for (TimingSetting s : x.settings()) {
            if (s instanceof TimingSetting.Device d) {
                DeviceFamily f = d.family().equals("3380") ? DeviceFamily.D3380 : DeviceFamily.D3390;
                DeviceTiming old = t.device(f);
                t = t.withDevice(f, new DeviceTiming(d.read() == null ? old.readNanosPerTrack() : d.read().value(p),
                        d.write() == null ? old.writeNanosPerTrack() : d.write().value(p)));
            } else if (s instanceof TimingSetting.Channel c) {
                double factor = switch (c.unit().upper(p)) {
                    case "KB" -> 1e3;
                    case "GB" -> 1e9;
                    default -> 1e6;
                };
                t = t.withChannelBytesPerSecond((long) (c.amount().value(p) * factor));
            } else if (s instanceof TimingSetting.Servers v) {
                int n = (int) v.servers().longValue(p);
                if (v.volumes() == null) {
                    t = t.withServersPerVolume(n);
                } else {
                    for (Volser volser : v.volumes().value(p)) {
                        t = t.withServers(volser, n);
                    }
                }
            }
        }
        w.setTiming(t);
    }

    void activity(Statement s, Params p) {
        if (s instanceof ApplicationStatement x) {
            application(x, p);
        } else if (s instanceof ChurnStatement x) {
            churn(x, p);
        }
    }

    private void application(ApplicationStatement x, Params p) {
        Workload wl = Workload.DEFAULT;
        if (x.writes() != null) {
            wl = wl.withRate(Executor.perSecond(x.writes(), p));
        }
        if ("hotspot".equals(x.distribution())) {
            wl = wl.withHotspot(x.hot().share(p), x.hotShare() == null ? 0.9 : x.hotShare().share(p));
        } else if ("append".equals(x.distribution())) {
            wl = wl.withDistribution(Distribution.APPEND);
        }
        if (x.reads() != null) {
            wl = wl.withReadShare(x.reads().share(p));
        }
        wl = wl.withRecordLevel(x.records());
        if (x.buffered()) {
            wl = x.flushEvery() == null ? wl.withBuffering(Buffering.UNTIL_CLOSE, wl.flushIntervalNanos())
                    : wl.withBuffering(Buffering.FLUSH_INTERVAL, x.flushEvery().value(p));
        }
        if (x.closeTakes() != null) {
            wl = wl.withCloseLatency(x.closeTakes().value(p));
        }
        if (x.openTakes() != null) {
            wl = wl.withOpenLatency(x.openTakes().value(p));
        }
        if (x.max() != null) {
            wl = wl.withDataSetCountMax((int) x.max().longValue(p));
        }
        var app = w.addApplication(new ApplicationDefinition(x.name().upper(p), x.image().upper(p),
                x.masks().stream().map(m -> Mask.parse(m.value(p))).toList(), wl));
        if (!x.stopped()) {
            app.start();
        }
    }

    private void churn(ChurnStatement x, Params p) {
        Map<ChurnAction, Integer> weights = new EnumMap<>(ChurnAction.class);
        if (x.only().isEmpty()) {
            for (ChurnAction a : ChurnAction.values()) {
                weights.put(a, 1);
            }
        } else {
            x.only().forEach(k -> weights.put(ChurnAction.valueOf(k.text().toUpperCase(Locale.ROOT)), 1));
        }
        String image = x.image() != null ? x.image().upper(p) : w.sysplex().images().iterator().next().name();
        double perMinute = Executor.perSecond(x.rate(), p) * 60;
        w.addChurn(ChurnDefinition.of(x.name().upper(p), x.masks().stream().map(m -> Mask.parse(m.value(p))).toList(),
                x.volumes().value(p), image, perMinute).withWeights(weights)).start();
    }
}
