package io.dsmig.sim.volume;

import io.dsmig.sim.DasdException;

/** No volume with that volser is defined (or online where it was needed). */
public final class UnknownVolumeException extends DasdException {

    private static final long serialVersionUID = 1L;

    public UnknownVolumeException(String message) {
        super(message);
    }
}
