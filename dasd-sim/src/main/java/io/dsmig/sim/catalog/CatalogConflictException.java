package io.dsmig.sim.catalog;

import io.dsmig.sim.DasdException;

/** A catalog request conflicts with what the catalog holds (a duplicate name, a rename across catalogs). */
public final class CatalogConflictException extends DasdException {

    private static final long serialVersionUID = 1L;

    public CatalogConflictException(String message) {
        super(message);
    }
}
