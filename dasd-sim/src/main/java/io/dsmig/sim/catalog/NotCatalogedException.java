package io.dsmig.sim.catalog;

import io.dsmig.sim.DasdException;

/** The catalog has no entry of that name. */
public final class NotCatalogedException extends DasdException {

    private static final long serialVersionUID = 1L;

    public NotCatalogedException(String message) {
        super(message);
    }
}
