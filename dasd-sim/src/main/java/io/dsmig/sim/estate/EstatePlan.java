package io.dsmig.sim.estate;

import io.dsmig.sim.name.Mask;
import io.dsmig.sim.name.Volser;
import java.util.List;

/**
 * What an estate should look like: which volumes to fill, how many data sets, names following which
 * masks, how full the volumes should end up, how spread the sizes are, and what share of data sets are
 * multi-extent, multi-volume or VSAM clusters. Everything follows from {@code seed}.
 *
 * <pre>{@code
 * EstatePlan.of(volsers, 2_000, List.of(Mask.parse("PAYROLL.**")), 60.0, 7)
 *     .withMultiVolumeShare(0.05).withVsamShare(0.15)
 * }</pre>
 *
 * @param sizeSpread the sigma of the log-normal size weights: 0 makes all data sets the same size
 * @param usedShare  the least share of each data set's space that is written (the rest up to 1 at random)
 */
public record EstatePlan(List<Volser> volumes, int dataSetCount, List<Mask> nameMasks, double fillPercent,
        double sizeSpread, double multiExtentShare, double multiVolumeShare, double vsamShare, double usedShare,
        long seed) {

    /** No estate has more data sets than this. */
    public static final int DATA_SET_COUNT_MAX = 1_000_000;

    public EstatePlan {
        volumes = List.copyOf(volumes);
        nameMasks = List.copyOf(nameMasks);
        if (volumes.isEmpty()) {
            throw new IllegalArgumentException("an estate needs at least one volume");
        }
        if (nameMasks.isEmpty()) {
            throw new IllegalArgumentException("an estate needs at least one name mask");
        }
        if (dataSetCount < 0 || dataSetCount > DATA_SET_COUNT_MAX) {
            throw new IllegalArgumentException("data set count " + dataSetCount + " is outside 0.." + DATA_SET_COUNT_MAX);
        }
        if (!(fillPercent > 0 && fillPercent <= 95)) {
            throw new IllegalArgumentException("fill " + fillPercent + "% is outside (0, 95]");
        }
        checkShare("multi-extent", multiExtentShare);
        checkShare("multi-volume", multiVolumeShare);
        checkShare("VSAM", vsamShare);
        checkShare("used", usedShare);
        if (sizeSpread < 0 || sizeSpread > 4) {
            throw new IllegalArgumentException("size spread " + sizeSpread + " is outside 0..4");
        }
    }

    private static void checkShare(String what, double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("the " + what + " share " + share + " is outside 0..1");
        }
    }

    /** Sensible defaults: sizes spread 1.0, 20% multi-extent, 5% multi-volume, 10% VSAM, 50–100% used. */
    public static EstatePlan of(List<Volser> volumes, int dataSetCount, List<Mask> nameMasks, double fillPercent,
            long seed) {
        return new EstatePlan(volumes, dataSetCount, nameMasks, fillPercent, 1.0, 0.20, 0.05, 0.10, 0.5, seed);
    }

    public EstatePlan withSizeSpread(double value) {
        return new EstatePlan(volumes, dataSetCount, nameMasks, fillPercent, value, multiExtentShare, multiVolumeShare,
                vsamShare, usedShare, seed);
    }

    public EstatePlan withMultiExtentShare(double value) {
        return new EstatePlan(volumes, dataSetCount, nameMasks, fillPercent, sizeSpread, value, multiVolumeShare,
                vsamShare, usedShare, seed);
    }

    public EstatePlan withMultiVolumeShare(double value) {
        return new EstatePlan(volumes, dataSetCount, nameMasks, fillPercent, sizeSpread, multiExtentShare, value,
                vsamShare, usedShare, seed);
    }

    public EstatePlan withVsamShare(double value) {
        return new EstatePlan(volumes, dataSetCount, nameMasks, fillPercent, sizeSpread, multiExtentShare,
                multiVolumeShare, value, usedShare, seed);
    }

    public EstatePlan withUsedShare(double value) {
        return new EstatePlan(volumes, dataSetCount, nameMasks, fillPercent, sizeSpread, multiExtentShare,
                multiVolumeShare, vsamShare, value, seed);
    }
}
