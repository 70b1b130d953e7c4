package io.dsmig.sim.catalog;

import io.dsmig.sim.name.DataSetName;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One image's in-memory cache of catalog records. A lookup is served from the cache when it can be,
 * so a record changed directly in the catalog keeps being served stale until it is invalidated.
 */
public final class CatalogCache {

    private final String owner;
    private final CatalogSystem catalogs;
    private final Map<DataSetName, CatalogEntry> cached = new HashMap<>();
    private long hits;
    private long misses;

    CatalogCache(String owner, CatalogSystem catalogs) {
        this.owner = owner;
        this.catalogs = catalogs;
    }

    /** The image (or other owner) this cache belongs to. */
    public String owner() {
        return owner;
    }

    /** The record, from the cache if held there, else read from the catalog and kept. */
    public Optional<CatalogEntry> lookup(DataSetName name) {
        CatalogEntry entry = cached.get(name);
        if (entry != null) {
            hits++;
            return Optional.of(entry);
        }
        misses++;
        Optional<CatalogEntry> read = catalogs.locate(name);
        read.ifPresent(e -> cached.put(name, e));
        return read;
    }

    public boolean holds(DataSetName name) {
        return cached.containsKey(name);
    }

    public void invalidate(DataSetName name) {
        cached.remove(name);
    }

    public void invalidateAll() {
        cached.clear();
    }

    public int size() {
        return cached.size();
    }

    public long hits() {
        return hits;
    }

    public long misses() {
        return misses;
    }
}
