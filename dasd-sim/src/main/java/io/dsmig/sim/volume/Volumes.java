package io.dsmig.sim.volume;

import io.dsmig.sim.DasdException;
import io.dsmig.sim.geometry.DeviceType;
import io.dsmig.sim.name.Volser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Every volume of the simulated installation, by volser. */
public final class Volumes {

    /** No installation here has more volumes than this. */
    public static final int VOLUME_COUNT_MAX = 65_536;

    private final TreeMap<Volser, Volume> byVolser = new TreeMap<>();
    /** The same volumes for the hot path: every I/O looks its volume up. */
    private final HashMap<Volser, Volume> index = new HashMap<>();

    /** Initializes and adds a volume. */
    public Volume add(Volser volser, DeviceType type, VolumeOptions options) {
        if (byVolser.containsKey(volser)) {
            throw new DasdException("volume " + volser + " is already defined (as a " + byVolser.get(volser).type()
                    + ")");
        }
        if (byVolser.size() >= VOLUME_COUNT_MAX) {
            throw new DasdException("cannot define " + volser + ": the limit is " + VOLUME_COUNT_MAX + " volumes");
        }
        Volume volume = new Volume(volser, type, options);
        byVolser.put(volser, volume);
        index.put(volser, volume);
        return volume;
    }

    /** The volume, or {@link UnknownVolumeException} naming the volser. */
    public Volume get(Volser volser) {
        Volume v = index.get(volser);
        if (v == null) {
            throw new UnknownVolumeException("volume " + volser + " is not defined");
        }
        return v;
    }

    public Optional<Volume> find(Volser volser) {
        return Optional.ofNullable(index.get(volser));
    }

    public boolean contains(Volser volser) {
        return index.containsKey(volser);
    }

    /** All volumes in volser order. */
    public Collection<Volume> all() {
        return Collections.unmodifiableCollection(byVolser.values());
    }

    public List<Volser> volsers() {
        return new ArrayList<>(byVolser.keySet());
    }

    /** The volumes of a storage group, in volser order. */
    public List<Volume> inStorageGroup(String group) {
        return byVolser.values().stream()
                .filter(v -> v.storageGroup().map(group::equalsIgnoreCase).orElse(false)).toList();
    }

    public int size() {
        return byVolser.size();
    }
}
