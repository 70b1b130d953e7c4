package io.dsmig.sim.volume;

/**
 * How many more extents a data set may take on a volume, and the limit that says so, in words for
 * messages ({@code "the 16-extent limit of a sequential data set"}).
 */
public record ExtentBudget(int remaining, String limit) {

    public ExtentBudget {
        remaining = Math.max(0, remaining);
    }

    /** The tighter of the per-volume and the total limits for a data set with these extents. */
    public static ExtentBudget of(Dsorg dsorg, boolean extentConstraintRemoval, int extentsOnVolume, int extentsTotal) {
        int perVolume = dsorg.extentsPerVolumeMax() - extentsOnVolume;
        int total = dsorg.extentsMax(extentConstraintRemoval) - extentsTotal;
        if (total < perVolume) {
            return new ExtentBudget(total, "the " + dsorg.extentsMax(extentConstraintRemoval)
                    + "-extent limit of a " + dsorg.description());
        }
        String where = dsorg.multiVolume() ? " on one volume" : "";
        return new ExtentBudget(perVolume, "the " + dsorg.extentsPerVolumeMax() + "-extent limit of a "
                + dsorg.description() + where);
    }
}
