package io.dsmig.sim.volume;

import io.dsmig.sim.DasdException;

/** The volume's VTOC has no room for the DSCBs a request needs. */
public final class VtocFullException extends DasdException {

    private static final long serialVersionUID = 1L;

    public VtocFullException(String message) {
        super(message);
    }
}
