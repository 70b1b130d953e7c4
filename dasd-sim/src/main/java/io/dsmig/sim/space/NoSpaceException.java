package io.dsmig.sim.space;

import io.dsmig.sim.DasdException;

/** Not enough free space where a request needed it (z/OS: B37/D37 or an allocation failure). */
public class NoSpaceException extends DasdException {

    private static final long serialVersionUID = 1L;

    public NoSpaceException(String message) {
        super(message);
    }
}
