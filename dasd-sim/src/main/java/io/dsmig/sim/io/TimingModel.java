package io.dsmig.sim.io;

import io.dsmig.sim.geometry.DeviceFamily;
import io.dsmig.sim.name.Volser;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The device timing model: per device family a service time per track read and written; per volume
 * how many I/Os it serves at once (1 unless configured, like a base device without PAV aliases); per
 * image the channel bandwidth its I/Os share.
 *
 * <p>The defaults reproduce a modern emulated 3390 on a FICON channel: 1.0 ms to read a track and
 * 1.2 ms to write one (so reading a full 3390-3, 50,085 tracks, takes about 50 seconds), one I/O at
 * a time per volume, 800 MB/s of channel per image. Every value can be set.
 *
 * <pre>{@code
 * TimingModel timing = TimingModel.DEFAULT
 *         .withDevice(DeviceFamily.D3390, new DeviceTiming(800_000, 1_000_000))
 *         .withServers(Volser.of("BIG001"), 4);
 * }</pre>
 */
public final class TimingModel {

    public static final long DEFAULT_CHANNEL_BYTES_PER_SECOND = 800_000_000L;

    public static final TimingModel DEFAULT = new TimingModel(
            Map.of(DeviceFamily.D3390, new DeviceTiming(1_000_000, 1_200_000),
                    DeviceFamily.D3380, new DeviceTiming(900_000, 1_100_000)),
            1, Map.of(), DEFAULT_CHANNEL_BYTES_PER_SECOND);

    private final Map<DeviceFamily, DeviceTiming> devices;
    private final int serversPerVolume;
    private final Map<Volser, Integer> serversByVolume;
    private final long channelBytesPerSecond;

    private TimingModel(Map<DeviceFamily, DeviceTiming> devices, int serversPerVolume,
            Map<Volser, Integer> serversByVolume, long channelBytesPerSecond) {
        if (serversPerVolume < 1 || serversPerVolume > 256) {
            throw new IllegalArgumentException("a volume serves 1 to 256 I/Os at once, not " + serversPerVolume);
        }
        if (channelBytesPerSecond < 1_000) {
            throw new IllegalArgumentException("channel bandwidth " + channelBytesPerSecond + " B/s is too low");
        }
        this.devices = new EnumMap<>(devices);
        this.serversPerVolume = serversPerVolume;
        this.serversByVolume = Map.copyOf(serversByVolume);
        this.channelBytesPerSecond = channelBytesPerSecond;
    }

    public DeviceTiming device(DeviceFamily family) {
        return devices.get(family);
    }

    public int serversPerVolume() {
        return serversPerVolume;
    }

    /** How many I/Os this volume serves at once. */
    public int servers(Volser volser) {
        return serversByVolume.getOrDefault(volser, serversPerVolume);
    }

    public long channelBytesPerSecond() {
        return channelBytesPerSecond;
    }

    /** Nanoseconds the channel is busy moving {@code bytes}. */
    public long transferNanos(long bytes) {
        return Math.max(1, bytes * 1_000_000_000L / channelBytesPerSecond);
    }

    public TimingModel withDevice(DeviceFamily family, DeviceTiming timing) {
        Map<DeviceFamily, DeviceTiming> copy = new EnumMap<>(devices);
        copy.put(family, timing);
        return new TimingModel(copy, serversPerVolume, serversByVolume, channelBytesPerSecond);
    }

    public TimingModel withServersPerVolume(int value) {
        return new TimingModel(devices, value, serversByVolume, channelBytesPerSecond);
    }

    public TimingModel withServers(Volser volser, int value) {
        if (value < 1 || value > 256) {
            throw new IllegalArgumentException(volser + ": a volume serves 1 to 256 I/Os at once, not " + value);
        }
        Map<Volser, Integer> copy = new HashMap<>(serversByVolume);
        copy.put(volser, value);
        return new TimingModel(devices, serversPerVolume, copy, channelBytesPerSecond);
    }

    public TimingModel withChannelBytesPerSecond(long value) {
        return new TimingModel(devices, serversPerVolume, serversByVolume, value);
    }

    /** Seconds to read every track of a device of this family and size, one I/O at a time. */
    public double fullReadSeconds(DeviceFamily family, int trackCount) {
        return device(family).readNanosPerTrack() * (double) trackCount / 1e9;
    }

    @Override
    public String toString() {
        return "TimingModel" + devices + ", " + serversPerVolume + " I/O per volume, "
                + channelBytesPerSecond / 1_000_000 + " MB/s channel per image";
    }
}
