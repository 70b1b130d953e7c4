package io.dsmig.sim.services;

import io.dsmig.sim.catalog.CatalogEntry;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Mask;
import io.dsmig.sim.name.Volser;
import java.util.List;
import java.util.Optional;

/** Catalog management: read records, list by mask, rewrite volume cells directly, invalidate caches. */
public interface CatalogService {

    /** The catalog record of {@code name}, read from the catalog itself (no cache). */
    Optional<CatalogEntry> locate(DataSetName name);

    /** Every entry matching {@code mask} in any catalog, in name order (a generic LISTCAT). */
    List<CatalogEntry> list(Mask mask);

    /** The name of the catalog that holds (or would hold) {@code name}. */
    String catalogOf(DataSetName name);

    /**
     * Rewrites the record's volume cells in place. The images' caches are not told: call
     * {@link #invalidateCaches} for the same name afterwards.
     */
    CatalogEntry alterVolumeCellsInPlace(DataSetName name, List<Volser> volumes);

    /** Invalidates {@code name} in every image's catalog cache. */
    void invalidateCaches(DataSetName name);

    /** How many images keep a catalog cache (each must be told on invalidation). */
    int cacheCount();
}
