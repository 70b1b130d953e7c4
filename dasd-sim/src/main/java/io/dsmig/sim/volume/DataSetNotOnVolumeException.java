package io.dsmig.sim.volume;

import io.dsmig.sim.DasdException;

/** The named data set has no entry in the volume's VTOC. */
public final class DataSetNotOnVolumeException extends DasdException {

    private static final long serialVersionUID = 1L;

    public DataSetNotOnVolumeException(String message) {
        super(message);
    }
}
