package io.dsmig.sim.io;

import io.dsmig.sim.kernel.Kernel;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.volume.Volumes;
import java.util.HashMap;
import java.util.Map;

/**
 * The shared I/O machinery of a sysplex: one {@link DeviceQueue} per device, one channel per image,
 * and the {@link TimingModel} they follow. Images reach it through their {@link IoPath}s.
 */
public final class IoSubsystem {

    private final Kernel kernel;
    private final Volumes volumes;
    private final Map<Volser, DeviceQueue> queues = new HashMap<>();
    private final Map<String, Channel> channels = new HashMap<>();
    private TimingModel timing = TimingModel.DEFAULT;

    public IoSubsystem(Kernel kernel, Volumes volumes) {
        this.kernel = kernel;
        this.volumes = volumes;
    }

    public Kernel kernel() {
        return kernel;
    }

    public TimingModel timing() {
        return timing;
    }

    /** Changes the timing model; I/Os already in service keep the times they started with. */
    public void setTiming(TimingModel value) {
        timing = value;
    }

    /** A new I/O path for an image. */
    public IoPath newPath(String image, IoPath.Access access) {
        channels.computeIfAbsent(image, i -> new Channel());
        return new IoPath(image, this, access);
    }

    /** The queue of a device (created on first use). */
    public DeviceQueue queue(Volser volser) {
        DeviceQueue q = queues.get(volser);
        if (q == null) {
            q = new DeviceQueue(volumes.get(volser), kernel, this);
            queues.put(volser, q);
        }
        return q;
    }

    /** Holds every I/O to the device until {@link #resume}: I/Os in service finish, new ones wait. */
    public void quiesce(Volser volser) {
        queue(volser).quiesce();
    }

    public void resume(Volser volser) {
        queue(volser).resume();
    }

    Channel channel(String image) {
        return channels.computeIfAbsent(image, i -> new Channel());
    }
}
