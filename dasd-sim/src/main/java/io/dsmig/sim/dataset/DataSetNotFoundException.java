package io.dsmig.sim.dataset;

import io.dsmig.sim.DasdException;

/** No data set of that name where it was looked for. */
public final class DataSetNotFoundException extends DasdException {

    private static final long serialVersionUID = 1L;

    public DataSetNotFoundException(String message) {
        super(message);
    }
}
