package io.dsmig.sim.io;

import io.dsmig.sim.kernel.Kernel;
import io.dsmig.sim.volume.Volume;
import java.util.ArrayDeque;

/**
 * The queue in front of one device: it serves up to {@code servers} I/Os at once, in arrival order,
 * and can be quiesced (I/Os wait until it is resumed). An I/O starts when a server is free; it
 * completes after the device's service time or, if the issuing image's channel is the bottleneck,
 * when the channel has moved its bytes.
 */
public final class DeviceQueue {

    private final Volume device;
    private final Kernel kernel;
    private final IoSubsystem io;
    private final ArrayDeque<IoRequest> waiting = new ArrayDeque<>();
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
        if (quiesced || busy >= io.timing().servers(device.volser())) {
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
        completedCount++;
        busyNanos += request.completedNanos() - request.startedNanos();
        startWaiting();
    }

    private void startWaiting() {
        while (!quiesced && !waiting.isEmpty() && busy < io.timing().servers(device.volser())) {
            start(waiting.poll());
        }
    }

    private void start(IoRequest request) {
        long now = kernel.nowNanos();
        busy++;
        waitNanos += now - request.issuedNanos();
        request.start(now);
        TimingModel timing = io.timing();
        long service = timing.device(device.type().family()).serviceNanos(request.kind(), request.trackCount());
        long channelDone = request.path().channel()
                .transfer(now, timing.transferNanos((long) request.trackCount() * device.type().bytesPerTrack()));
        kernel.postAt(Math.max(now + service, channelDone), request);
    }
}
