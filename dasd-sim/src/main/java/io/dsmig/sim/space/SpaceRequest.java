package io.dsmig.sim.space;

import io.dsmig.sim.geometry.DeviceFamily;
import io.dsmig.sim.geometry.DeviceType;

/**
 * A space request: primary and secondary quantities in a unit, as a data set was defined with. The
 * secondary quantity is what each extension asks for. {@code contiguous} demands that the primary
 * come in a single extent (JCL {@code CONTIG}).
 *
 * <pre>{@code
 * SpaceRequest.cylinders(100, 10)      // SPACE=(CYL,(100,10))
 * SpaceRequest.blocks(27998, 500, 50)  // SPACE=(27998,(500,50))
 * }</pre>
 */
public record SpaceRequest(SpaceUnit unit, int primary, int secondary, int blockLength, boolean contiguous) {

    public SpaceRequest {
        if (primary < 0 || secondary < 0) {
            throw new IllegalArgumentException("space quantities must not be negative (" + primary + ", "
                    + secondary + ")");
        }
        if (unit == SpaceUnit.BLK && blockLength < 1) {
            throw new IllegalArgumentException("a request in blocks needs a block length");
        }
        if (unit != SpaceUnit.BLK) {
            blockLength = 0;
        }
    }

    public static SpaceRequest tracks(int primary, int secondary) {
        return new SpaceRequest(SpaceUnit.TRK, primary, secondary, 0, false);
    }

    public static SpaceRequest cylinders(int primary, int secondary) {
        return new SpaceRequest(SpaceUnit.CYL, primary, secondary, 0, false);
    }

    public static SpaceRequest blocks(int blockLength, int primary, int secondary) {
        return new SpaceRequest(SpaceUnit.BLK, primary, secondary, blockLength, false);
    }

    public SpaceRequest withContiguous(boolean value) {
        return new SpaceRequest(unit, primary, secondary, blockLength, value);
    }

    public SpaceRequest withPrimary(int value) {
        return new SpaceRequest(unit, value, secondary, blockLength, contiguous);
    }

    /** Tracks the primary quantity needs on a device of this type. */
    public int primaryTracks(DeviceType type) {
        return tracks(primary, type);
    }

    /** Tracks each secondary extension needs on a device of this type. */
    public int secondaryTracks(DeviceType type) {
        return tracks(secondary, type);
    }

    /** Tracks that {@code quantity} units need on a device of this type. */
    public int tracks(int quantity, DeviceType type) {
        return switch (unit) {
            case TRK -> quantity;
            case CYL -> Math.multiplyExact(quantity, DeviceFamily.TRACKS_PER_CYLINDER);
            case BLK -> type.tracksForBlocks(quantity, blockLength, 0);
        };
    }

    /** Tracks an extent must be a multiple of and aligned to, before any cylinder-managed rounding. */
    public int alignmentTracks() {
        return unit == SpaceUnit.CYL ? DeviceFamily.TRACKS_PER_CYLINDER : 1;
    }

    @Override
    public String toString() {
        String u = unit == SpaceUnit.BLK ? "BLK(" + blockLength + ")" : unit.name();
        return u + "," + primary + "," + secondary + (contiguous ? ",CONTIG" : "");
    }
}
