package io.dsmig.sim.io;

import io.dsmig.sim.name.Volser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One image's I/O path. Every track read and write the image issues passes here: the image must be
 * up and the volume online to it; installed {@link IoMonitor}s observe it (and may hold it); a swap
 * may send it to another device; then it joins that device's queue.
 */
public final class IoPath {

    /** No image carries more monitors than this. */
    public static final int MONITORS_MAX = 64;

    private final String image;
    private final IoSubsystem io;
    private final Access access;
    private final List<IoMonitor> monitors = new ArrayList<>();
    private final Map<Volser, Volser> swaps = new HashMap<>();
    private final Channel channel;
    private long issuedCount;

    /** What the path asks of the image it belongs to. */
    public interface Access {
        /** Null when the image may do I/O to the volume, else why not. */
        String refusal(Volser volser);

        boolean canHostMonitor();
    }

    IoPath(String image, IoSubsystem io, Access access) {
        this.image = image;
        this.io = io;
        this.access = access;
        this.channel = io.channel(image);
    }

    Channel channel() {
        return channel;
    }

    public String image() {
        return image;
    }

    /**
     * Issues an I/O from this image. It completes later in simulated time; its callback is told,
     * also when it fails (image down, volume not online, tracks outside the volume).
     */
    public void submit(IoRequest request) {
        request.issue(image, this, io.kernel().nowNanos());
        issuedCount++;
        String refusal = access.refusal(request.volser());
        if (refusal != null) {
            request.fail(refusal, io.kernel().nowNanos());
            return;
        }
        if (!monitors.isEmpty()) {
            for (IoMonitor monitor : monitors.toArray(new IoMonitor[0])) {
                monitor.observe(request);
            }
        }
        request.monitorsDone();
        if (!request.held()) {
            enqueue(request);
        }
    }

    void enqueue(IoRequest request) {
        Volser target = swaps.isEmpty() ? request.volser() : swaps.getOrDefault(request.volser(), request.volser());
        DeviceQueue queue = io.queue(target);
        int tracks = queue.device().trackCount();
        if (request.firstTrack() < 0 || request.firstTrack() + request.trackCount() > tracks) {
            request.fail(target + ": tracks " + request.firstTrack() + "+" + request.trackCount()
                    + " are outside the volume (0.." + (tracks - 1) + ")", io.kernel().nowNanos());
            return;
        }
        request.route(queue.device(), queue);
        queue.submit(request);
    }

    /**
     * Installs a monitor; it sees every I/O this image issues from now on.
     *
     * @throws MonitorRefusedException when the image cannot host a monitor
     */
    public void install(IoMonitor monitor) {
        if (!access.canHostMonitor()) {
            throw new MonitorRefusedException(image + " cannot host an I/O monitor");
        }
        if (monitors.size() >= MONITORS_MAX) {
            throw new MonitorRefusedException(image + " already carries " + MONITORS_MAX + " monitors");
        }
        monitors.add(monitor);
    }

    /** Removes a monitor; returns whether it was installed. */
    public boolean remove(IoMonitor monitor) {
        return monitors.remove(monitor);
    }

    public List<IoMonitor> monitors() {
        return Collections.unmodifiableList(monitors);
    }

    /** From now on this image's I/O for {@code from} goes to device {@code to} (volume migration's redirect). */
    public void swap(Volser from, Volser to) {
        io.queue(to);
        swaps.put(from, to);
    }

    public void unswap(Volser from) {
        swaps.remove(from);
    }

    public Optional<Volser> swappedTo(Volser from) {
        return Optional.ofNullable(swaps.get(from));
    }

    public long issuedCount() {
        return issuedCount;
    }

    /** Time this image's channel spent moving data. */
    public long channelBusyNanos() {
        return channel.busyNanos();
    }
}
