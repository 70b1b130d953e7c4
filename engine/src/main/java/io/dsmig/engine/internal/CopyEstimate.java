package io.dsmig.engine.internal;

import io.dsmig.sim.dataset.VolumeExtent;
import io.dsmig.sim.geometry.DeviceFamily;
import io.dsmig.sim.io.TimingModel;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.services.SystemServices;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How long a plan's bulk copy should take when nothing else uses the devices, worked out from the same
 * timing model the device queues serve the copy with ({@link TimingModel}): device service times per
 * family, I/Os each volume serves at once, and the channel of the image that copies.
 *
 * <p>The {@link Copier} runs one stream per source volume with {@code depth} chunks in flight, each
 * chunk a read of the source then a write of the target. So the copy lasts at least as long as the
 * slowest of: a source volume's reads (as many at once as it serves, at most {@code depth}); a
 * stream's chunks going through read and then write ({@code depth} at a time); a target volume's
 * writes (as many at once as it serves, at most the chunks of the streams feeding it); the image's
 * channel moving every track twice. The estimate is the largest of these bounds.
 */
final class CopyEstimate {

    /** The work one volume sees: tracks, service time summed, the streams that feed it. */
    private static final class Load {
        double serviceNanos;
        double pipelineNanos;
        final Set<Volser> feeders = new HashSet<>();
    }

    private final SystemServices services;
    private final TimingModel timing;
    private final int depth;
    private final Map<Volser, Load> sources = new HashMap<>();
    private final Map<Volser, Load> targets = new HashMap<>();
    private double channelBytes;

    private CopyEstimate(SystemServices services, int depth) {
        this.services = services;
        this.timing = services.trackIo().timing();
        this.depth = depth;
    }

    /**
     * The estimated bulk copy time of {@code dataSets} placed at {@code placements} (data sets without a
     * placement are left out), copying with {@code depth} chunks in flight per source volume.
     */
    static long nanos(SystemServices services, Collection<Selected> dataSets,
            Map<DataSetName, List<TargetPiece>> placements, int depth) {
        CopyEstimate e = new CopyEstimate(services, depth);
        for (Selected s : dataSets) {
            List<TargetPiece> pieces = placements.get(s.name());
            if (pieces != null && !pieces.isEmpty()) {
                e.add(s, pieces);
            }
        }
        return e.bound();
    }

    private void add(Selected source, List<TargetPiece> pieces) {
        double targetTracks = pieces.stream().mapToLong(TargetPiece::tracks).sum();
        double writeNanosPerTrack = 0;
        double targetBytesPerTrack = 0;
        for (TargetPiece p : pieces) {
            DeviceFamily family = family(p.volser());
            double share = p.tracks() / targetTracks;
            writeNanosPerTrack += share * timing.device(family).writeNanosPerTrack();
            targetBytesPerTrack += share * family.bytesPerTrack();
            Load target = targets.computeIfAbsent(p.volser(), v -> new Load());
            target.serviceNanos += (double) p.tracks() * timing.device(family).writeNanosPerTrack();
            source.dataSet().volumes().forEach(target.feeders::add);
        }
        for (VolumeExtent ve : source.dataSet().extents()) {
            DeviceFamily family = family(ve.volser());
            double read = timing.device(family).readNanosPerTrack();
            Load load = sources.computeIfAbsent(ve.volser(), v -> new Load());
            load.serviceNanos += ve.trackCount() * read;
            load.pipelineNanos += ve.trackCount() * (read + writeNanosPerTrack);
            channelBytes += ve.trackCount() * (family.bytesPerTrack() + targetBytesPerTrack);
        }
    }

    private long bound() {
        double slowest = timing.transferNanos((long) channelBytes);
        for (Map.Entry<Volser, Load> e : sources.entrySet()) {
            Load load = e.getValue();
            slowest = Math.max(slowest, load.serviceNanos / Math.min(timing.servers(e.getKey()), depth));
            slowest = Math.max(slowest, load.pipelineNanos / depth);
        }
        for (Map.Entry<Volser, Load> e : targets.entrySet()) {
            Load load = e.getValue();
            int inFlight = depth * load.feeders.size();
            slowest = Math.max(slowest, load.serviceNanos / Math.min(timing.servers(e.getKey()), inFlight));
        }
        return sources.isEmpty() ? 0 : (long) slowest;
    }

    private DeviceFamily family(Volser volser) {
        return services.space().volume(volser).type().family();
    }
}
