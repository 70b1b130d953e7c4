package io.dsmig.engine.internal;

import io.dsmig.engine.MigrationReport.Verification;
import io.dsmig.sim.catalog.CatalogEntry;
import io.dsmig.sim.dataset.DataSet;
import io.dsmig.sim.dataset.VolumeExtent;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.services.SystemServices;
import io.dsmig.sim.track.TrackContent;
import io.dsmig.sim.volume.EndOfFile;
import io.dsmig.sim.volume.VtocEntry;
import io.dsmig.sim.vsam.VvdsRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The steps at the end of the downtime window: fix the targets' VTOC and VVDS fields from their
 * sources (step 9), point the catalog at the targets for every data set at once (step 10), and
 * verify track by track. Each returns the simulated time its metadata I/O takes.
 */
final class WindowWork {

    private static final int MISMATCHES_KEPT_MAX = 100;

    private final Session session;
    private final SystemServices services;

    WindowWork(Session session) {
        this.session = session;
        this.services = session.services();
    }

    /** Sets end-of-file pointers, dates, HURBA and statistics on every target; returns the time taken. */
    long fixMetadata() {
        Map<Volser, Integer> updates = new HashMap<>();
        for (DataSetName name : session.snapshot().keySet()) {
            DataSet source = services.space().describe(name, session.snapshot().get(name).dataSet().volumes());
            DataSet target = services.space().describe(name, session.targets().volumes(name));
            VtocEntry first = source.pieces().get(0).entry();
            int used = source.usedTracks();
            int lastRecord = lastRecord(source);
            int before = 0;
            for (DataSet.Piece p : target.pieces()) {
                int tracks = p.entry().trackCount();
                EndOfFile eof = used <= before ? EndOfFile.EMPTY
                        : new EndOfFile(Math.min(tracks, used - before) - 1, lastRecord);
                services.vtoc().update(p.volser(), p.entry().withEndOfFile(eof).withDates(first.created(), first.lastUsed()));
                updates.merge(p.volser(), 1, Integer::sum);
                before += tracks;
            }
            if (session.snapshot().get(name).vsam()) {
                fixVvds(name, source, target);
            }
        }
        long slowest = 0;
        for (int n : updates.values()) {
            slowest = Math.max(slowest, (long) Math.ceil(n / 50.0) * session.timing().dscbTrackWriteNanos());
        }
        return 2 * slowest;
    }

    private void fixVvds(DataSetName name, DataSet source, DataSet target) {
        VvdsRecord from = services.vvds().record(source.volumes().get(0), name).orElseThrow();
        Volser first = target.volumes().get(0);
        VvdsRecord to = services.vvds().record(first, name).orElseThrow();
        long hurba = Math.min(from.highUsedRba(), to.highAllocatedRba());
        services.vvds().put(first, to.withRbas(hurba, to.highAllocatedRba()).withStatistics(from.statistics()));
    }

    private static int lastRecord(DataSet ds) {
        int record = 0;
        for (DataSet.Piece p : ds.pieces()) {
            if (!p.entry().endOfFile().isEmpty()) {
                record = p.entry().endOfFile().lastRecord();
            }
        }
        return record;
    }

    /**
     * Checks that every data set's catalog record can be pointed at its targets, then rewrites the
     * volume cells of all of them and invalidates every image's cache: all or none.
     *
     * @return the time taken, or -1 with {@code problems} filled when nothing was changed
     */
    long switchCatalog(List<String> problems) {
        TreeMap<DataSetName, List<Volser>> cells = new TreeMap<>();
        for (DataSetName name : session.snapshot().keySet()) {
            CatalogEntry entry = services.catalog().locate(name).orElse(null);
            List<Volser> targets = session.targets().volumes(name);
            if (entry == null || !entry.type().hasVolumes()) {
                problems.add(name + " is no longer cataloged with volume cells");
            } else if (targets.isEmpty()) {
                problems.add(name + " has no target");
            } else {
                cells.put(name, targets);
            }
        }
        if (!problems.isEmpty()) {
            return -1;
        }
        Map<String, Integer> perCatalog = new TreeMap<>();
        cells.forEach((name, volumes) -> {
            services.catalog().alterVolumeCellsInPlace(name, volumes);
            perCatalog.merge(services.catalog().catalogOf(name), 1, Integer::sum);
        });
        cells.keySet().forEach(services.catalog()::invalidateCaches);
        long cis = 0;
        for (int n : perCatalog.values()) {
            cis += (n + session.timing().catalogRecordsPerCi() - 1) / session.timing().catalogRecordsPerCi();
        }
        return cis * session.timing().catalogCiUpdateNanos()
                + services.catalog().cacheCount() * session.timing().invalidateNanosPerImage();
    }

    /** The catalog time a switch of {@code dataSets} data sets would take (for forecasts and bounds). */
    long catalogEstimateNanos(int dataSets) {
        long cis = (dataSets + session.timing().catalogRecordsPerCi() - 1) / session.timing().catalogRecordsPerCi();
        return cis * session.timing().catalogCiUpdateNanos()
                + services.catalog().cacheCount() * session.timing().invalidateNanosPerImage();
    }

    /** Compares every target track with its source track, as both stand (before anyone reopens). */
    Verification verify(Map<DataSetName, List<Volser>> sources) {
        long tracks = 0;
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<DataSetName, List<Volser>> e : sources.entrySet()) {
            DataSet source = services.space().describe(e.getKey(), e.getValue());
            DataSet target = services.space().describe(e.getKey(), session.targets().volumes(e.getKey()));
            tracks += compare(source, target, mismatches);
            if (source.usedTracks() != target.usedTracks() && mismatches.size() < MISMATCHES_KEPT_MAX) {
                mismatches.add(e.getKey() + ": end of file at " + target.usedTracks() + " tracks on the target, "
                        + source.usedTracks() + " on the source");
            }
        }
        return new Verification(sources.size(), tracks, mismatches);
    }

    private long compare(DataSet source, DataSet target, List<String> mismatches) {
        TrackContent[] s = contents(source);
        TrackContent[] t = contents(target);
        if (t.length < s.length && mismatches.size() < MISMATCHES_KEPT_MAX) {
            mismatches.add(source.name() + ": the target has " + t.length + " tracks, the source " + s.length);
        }
        for (int rel = 0; rel < Math.min(s.length, t.length); rel++) {
            if (!s[rel].contentEquals(t[rel]) && mismatches.size() < MISMATCHES_KEPT_MAX) {
                DataSet.Location at = target.locate(rel);
                mismatches.add(source.name() + " track " + rel + ": the target (" + at.volser() + " track "
                        + at.volumeTrack() + ") differs from the source");
            }
        }
        return s.length;
    }

    private TrackContent[] contents(DataSet ds) {
        TrackContent[] all = new TrackContent[ds.trackCount()];
        int rel = 0;
        for (VolumeExtent ve : ds.extents()) {
            TrackContent[] part = services.trackIo().pointInTime(ve.volser(), ve.extent().firstTrack(), ve.trackCount());
            System.arraycopy(part, 0, all, rel, part.length);
            rel += part.length;
        }
        return all;
    }
}
