package io.dsmig.sim.volume;

import io.dsmig.sim.DasdException;

/** A data set of that name already exists where a new one was to be created. */
public final class DuplicateDataSetException extends DasdException {

    private static final long serialVersionUID = 1L;

    public DuplicateDataSetException(String message) {
        super(message);
    }
}
