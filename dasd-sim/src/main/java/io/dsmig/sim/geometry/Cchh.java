package io.dsmig.sim.geometry;

/**
 * A track address: cylinder and head. Relative track = cylinder × 15 + head. Printed as
 * {@code cylinder/head}, for example {@code 578/0}.
 */
public record Cchh(int cylinder, int head) implements Comparable<Cchh> {

    public Cchh {
        if (cylinder < 0 || cylinder >= DeviceType.EAV_CYLINDERS_MAX) {
            throw new IllegalArgumentException("cylinder " + cylinder + " is out of range");
        }
        if (head < 0 || head >= DeviceFamily.TRACKS_PER_CYLINDER) {
            throw new IllegalArgumentException("head " + head + " is outside 0..14");
        }
    }

    public static Cchh ofRelativeTrack(int relativeTrack) {
        if (relativeTrack < 0) {
            throw new IllegalArgumentException("relative track " + relativeTrack + " is negative");
        }
        return new Cchh(relativeTrack / DeviceFamily.TRACKS_PER_CYLINDER,
                relativeTrack % DeviceFamily.TRACKS_PER_CYLINDER);
    }

    public int relativeTrack() {
        return cylinder * DeviceFamily.TRACKS_PER_CYLINDER + head;
    }

    @Override
    public int compareTo(Cchh other) {
        return Integer.compare(relativeTrack(), other.relativeTrack());
    }

    @Override
    public String toString() {
        return cylinder + "/" + head;
    }
}
