package io.dsmig.sim.io;

import io.dsmig.sim.kernel.Kernel;
import io.dsmig.sim.volume.Volume;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The queue in front of one device: it serves up to {@code servers} I/Os at once, in arrival order,
 * and can be quiesced (I/Os wait until it is resumed). An I/O starts when a server is free; it
 * completes after the device's service time or, if the issuing image's channel is the bottleneck,
 * when the channel has moved its bytes.
 *
 * <p>As a control unit does, the device never lets an I/O overtake an earlier one on overlapping
 * tracks when either writes: such an I/O waits until the earlier one has completed, even with a
 * server free. So a read issued after a write to the same track always sees that write.
 */
public final class DeviceQueue {

    private final Volume device;
    private final Kernel kernel;
    private final IoSubsystem io;
    private final ArrayDeque<IoRequest> waiting = new ArrayDeque<>();
    private final List<IoRequest> inService = new ArrayList<>();
    private int busy;
    private boolean quiesced;
    private long completedCount;
    private long busyNanos;
    private long waitNanos;

    DeviceQueue(Volume device, Kernel kernel, IoSubsystem io) {
        this.device = device;
        this.kernel = kernel;
        this.io = io;
    }

    public Volume device() {
        return device;
    }

    /** I/Os in service now. */
    public int busy() {
        return busy;
    }

    /** I/Os waiting for a server (or for the end of a quiesce). */
    public int waiting() {
        return waiting.size();
    }

    public boolean quiesced() {
        return quiesced;
    }

    public long completedCount() {
        return completedCount;
    }

    /** Total time I/Os spent in service on this device, summed over servers. */
    public long busyNanos() {
        return busyNanos;
    }

    /** Total time I/Os waited before service. */
    public long waitNanos() {
        return waitNanos;
    }

    long nowNanos() {
        return kernel.nowNanos();
    }

    void submit(IoRequest request) {
        if (quiesced || busy >= io.timing().servers(device.volser()) || !waiting.isEmpty() && conflictsWithWaiting(request)
                || conflictsInService(request)) {
            waiting.add(request);
        } else {
            start(request);
        }
    }

    void quiesce() {
        quiesced = true;
    }

    void resume() {
        quiesced = false;
        startWaiting();
    }

    void finished(IoRequest request) {
        busy--;
        inService.remove(request);
        completedCount++;
        busyNanos += request.completedNanos() - request.startedNanos();
        startWaiting();
    }

    /** Starts waiting I/Os in order while servers are free, skipping (not passing) any that conflict. */
    private void startWaiting() {
        int servers = io.timing().servers(device.volser());
        if (quiesced || waiting.isEmpty() || busy >= servers) {
            return;
        }
        if (servers == 1) {
            start(waiting.poll());
            return;
        }
        List<IoRequest> skipped = new ArrayList<>();
        for (Iterator<IoRequest> it = waiting.iterator(); it.hasNext() && busy < servers; ) {
            IoRequest next = it.next();
            if (conflictsInService(next) || conflicts(next, skipped)) {
                skipped.add(next);
            } else {
                it.remove();
                start(next);
            }
        }
    }

    private boolean conflictsInService(IoRequest request) {
        return conflicts(request, inService);
    }

    private boolean conflictsWithWaiting(IoRequest request) {
        for (IoRequest w : waiting) {
            if (overlapping(request, w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean conflicts(IoRequest request, List<IoRequest> others) {
        for (IoRequest o : others) {
            if (overlapping(request, o)) {
                return true;
            }
        }
        return false;
    }

    /** Two I/Os must keep their order when their tracks overlap and either of them writes. */
    private static boolean overlapping(IoRequest a, IoRequest b) {
        return (a.kind() == IoKind.WRITE || b.kind() == IoKind.WRITE)
                && a.firstTrack() < b.firstTrack() + b.trackCount() && b.firstTrack() < a.firstTrack() + a.trackCount();
    }

    private void start(IoRequest request) {
        long now = kernel.nowNanos();
        busy++;
        inService.add(request);
        waitNanos += now - request.issuedNanos();
        request.start(now);
        TimingModel timing = io.timing();
        long service = timing.device(device.type().family()).serviceNanos(request.kind(), request.trackCount());
        long channelDone = request.path().channel()
                .transfer(now, timing.transferNanos((long) request.trackCount() * device.type().bytesPerTrack()));
        kernel.postAt(Math.max(now + service, channelDone), request);
    }
}
