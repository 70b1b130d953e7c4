package io.dsmig.engine;

import io.dsmig.sim.geometry.Cchh;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Volser;

/**
 * One entry of a cylinder/track translate table: a contiguous run of source tracks and the
 * contiguous run of target tracks it is copied to, with the data set and the relative track it starts
 * at. A source extent becomes several entries where the target allocation breaks.
 */
public record TableEntry(DataSetName dataSet, int relativeTrack, Volser sourceVolser, int sourceFirstTrack,
        int trackCount, Volser targetVolser, int targetFirstTrack) {

    public int sourceEnd() {
        return sourceFirstTrack + trackCount;
    }

    /** The target track of source track {@code sourceTrack} (which must lie in this entry). */
    public int targetTrackOf(int sourceTrack) {
        return targetFirstTrack + sourceTrack - sourceFirstTrack;
    }

    @Override
    public String toString() {
        return dataSet + " +" + relativeTrack + ": " + sourceVolser + " " + Cchh.ofRelativeTrack(sourceFirstTrack)
                + "-" + Cchh.ofRelativeTrack(sourceFirstTrack + trackCount - 1) + " -> " + targetVolser + " "
                + Cchh.ofRelativeTrack(targetFirstTrack) + "-" + Cchh.ofRelativeTrack(targetFirstTrack + trackCount - 1)
                + " (" + String.format(java.util.Locale.ROOT, "%,d", trackCount) + " trk)";
    }
}
