package io.dsmig.sim.io;

import io.dsmig.sim.DasdException;

/** An image that cannot host an I/O monitor (or has no room for another) refused one. */
public final class MonitorRefusedException extends DasdException {

    private static final long serialVersionUID = 1L;

    public MonitorRefusedException(String message) {
        super(message);
    }
}
