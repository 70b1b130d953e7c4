package io.dsmig.sim.geometry;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A device type: a family and a size in cylinders. The standard models are constants; an extended
 * address volume (3390-A) may have any size up to {@link #EAV_CYLINDERS_MAX} cylinders.
 *
 * <p>On an EAV, cylinders below {@link #TRACK_MANAGED_CYLINDERS} are <em>track-managed</em> (space in
 * tracks); cylinders from there on are <em>cylinder-managed</em> and handed out in multicylinder units
 * of {@link #MULTICYLINDER_UNIT_CYLINDERS} cylinders.
 *
 * <pre>{@code
 * DeviceType t = DeviceType.parse("3390-54");   // 65,520 cylinders
 * DeviceType eav = DeviceType.eav(262_668);     // a 3390-A
 * }</pre>
 */
public record DeviceType(String name, DeviceFamily family, int cylinders) {

    /** The first cylinder of cylinder-managed space on an EAV; all of a non-EAV volume lies below it. */
    public static final int TRACK_MANAGED_CYLINDERS = 65_520;

    /** Cylinder-managed space is allocated in units of this many cylinders. */
    public static final int MULTICYLINDER_UNIT_CYLINDERS = 21;

    /** The largest 3390-A. */
    public static final int EAV_CYLINDERS_MAX = 1_182_006;

    public static final DeviceType D3380_J = new DeviceType("3380-J", DeviceFamily.D3380, 885);
    public static final DeviceType D3380_E = new DeviceType("3380-E", DeviceFamily.D3380, 1_770);
    public static final DeviceType D3380_K = new DeviceType("3380-K", DeviceFamily.D3380, 2_655);
    public static final DeviceType D3390_1 = new DeviceType("3390-1", DeviceFamily.D3390, 1_113);
    public static final DeviceType D3390_2 = new DeviceType("3390-2", DeviceFamily.D3390, 2_226);
    public static final DeviceType D3390_3 = new DeviceType("3390-3", DeviceFamily.D3390, 3_339);
    public static final DeviceType D3390_9 = new DeviceType("3390-9", DeviceFamily.D3390, 10_017);
    public static final DeviceType D3390_27 = new DeviceType("3390-27", DeviceFamily.D3390, 32_760);
    public static final DeviceType D3390_54 = new DeviceType("3390-54", DeviceFamily.D3390, 65_520);

    /** The standard models, smallest family member first. */
    public static final List<DeviceType> STANDARD = List.of(D3380_J, D3380_E, D3380_K,
            D3390_1, D3390_2, D3390_3, D3390_9, D3390_27, D3390_54);

    private static final Map<String, DeviceType> BY_NAME = STANDARD.stream()
            .collect(Collectors.toUnmodifiableMap(DeviceType::name, Function.identity()));

    public DeviceType {
        if (cylinders < 1 || cylinders > EAV_CYLINDERS_MAX) {
            throw new IllegalArgumentException(name + ": " + cylinders + " cylinders is outside 1.."
                    + EAV_CYLINDERS_MAX);
        }
        if (family == DeviceFamily.D3380 && cylinders > TRACK_MANAGED_CYLINDERS) {
            throw new IllegalArgumentException(name + ": a 3380 cannot have " + cylinders + " cylinders");
        }
    }

    /**
     * A 3390-A (extended address volume) of the given size. Sizes above 65,520 cylinders have
     * cylinder-managed space; smaller ones are legal but have none.
     */
    public static DeviceType eav(int cylinders) {
        if (cylinders < 1 || cylinders > EAV_CYLINDERS_MAX) {
            throw new IllegalArgumentException("a 3390-A has 1 to " + EAV_CYLINDERS_MAX
                    + " cylinders, not " + cylinders);
        }
        return new DeviceType("3390-A", DeviceFamily.D3390, cylinders);
    }

    /**
     * Parses a device type as an administrator writes it: {@code 3390-3}, {@code 3380-K}, or
     * {@code 3390-A} followed by a size ({@code 3390-A:262668}); case does not matter.
     *
     * @throws IllegalArgumentException naming the known types when the text is not one of them
     */
    public static DeviceType parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        DeviceType known = BY_NAME.get(t);
        if (known != null) {
            return known;
        }
        if (t.startsWith("3390-A:")) {
            try {
                return eav(Integer.parseInt(t.substring("3390-A:".length()).replace(",", "").replace("_", "")));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "': the size of a 3390-A is a number of cylinders");
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a known device type (known: "
                + String.join(", ", STANDARD.stream().map(DeviceType::name).toList()) + ", 3390-A:CYLINDERS)");
    }

    /** Names of the standard models, for completion and hints. */
    public static List<String> standardNames() {
        return STANDARD.stream().map(DeviceType::name).toList();
    }

    public boolean isEav() {
        return name.equals("3390-A");
    }

    public int tracksPerCylinder() {
        return DeviceFamily.TRACKS_PER_CYLINDER;
    }

    public int trackCount() {
        return cylinders * DeviceFamily.TRACKS_PER_CYLINDER;
    }

    public int bytesPerTrack() {
        return family.bytesPerTrack();
    }

    /** Capacity in bytes when every track holds one full-track record. */
    public long capacityBytes() {
        return (long) trackCount() * bytesPerTrack();
    }

    /** The first relative track of cylinder-managed space, or {@link #trackCount()} when there is none. */
    public int cylinderManagedFirstTrack() {
        return Math.min(cylinders, TRACK_MANAGED_CYLINDERS) * DeviceFamily.TRACKS_PER_CYLINDER;
    }

    /** Whether this volume has any cylinder-managed space. */
    public boolean hasCylinderManagedSpace() {
        return cylinders > TRACK_MANAGED_CYLINDERS;
    }

    /** Tracks in one multicylinder unit (21 cylinders × 15 tracks). */
    public static int multicylinderUnitTracks() {
        return MULTICYLINDER_UNIT_CYLINDERS * DeviceFamily.TRACKS_PER_CYLINDER;
    }

    /** The address of a relative track on this device. */
    public Cchh cchh(int relativeTrack) {
        if (relativeTrack < 0 || relativeTrack >= trackCount()) {
            throw new IllegalArgumentException("track " + relativeTrack + " is outside this " + name
                    + " (0.." + (trackCount() - 1) + ")");
        }
        return Cchh.ofRelativeTrack(relativeTrack);
    }

    /**
     * Tracks needed for {@code blocks} blocks of {@code blockSize} bytes with keys of {@code keyLength}.
     */
    public int tracksForBlocks(long blocks, int blockSize, int keyLength) {
        int perTrack = family.recordsPerTrack(keyLength, blockSize);
        long tracks = (blocks + perTrack - 1) / perTrack;
        if (tracks > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(blocks + " blocks is more than any volume holds");
        }
        return (int) tracks;
    }

    @Override
    public String toString() {
        return isEav() ? name + ":" + cylinders : name;
    }
}
