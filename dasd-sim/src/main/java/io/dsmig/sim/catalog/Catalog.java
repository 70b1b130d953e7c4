package io.dsmig.sim.catalog;

import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Mask;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One catalog (a BCS): the master catalog or a user catalog, holding entries by name. The record key
 * is the data set name, which is why a rename is a delete and a new record while changing volume
 * cells can be done in place.
 */
public final class Catalog {

    private final String name;
    private final boolean master;
    private final TreeMap<DataSetName, CatalogEntry> entries = new TreeMap<>();

    Catalog(String name, boolean master) {
        this.name = name;
        this.master = master;
    }

    public String name() {
        return name;
    }

    public boolean isMaster() {
        return master;
    }

    public Optional<CatalogEntry> find(DataSetName entryName) {
        return Optional.ofNullable(entries.get(entryName));
    }

    public Collection<CatalogEntry> entries() {
        return Collections.unmodifiableCollection(entries.values());
    }

    public int size() {
        return entries.size();
    }

    /** Entries matching {@code mask}, in name order. */
    public List<CatalogEntry> matching(Mask mask) {
        List<CatalogEntry> list = new ArrayList<>();
        for (CatalogEntry e : entries.values()) {
            if (mask.matches(e.name())) {
                list.add(e);
            }
        }
        return list;
    }

    void put(CatalogEntry entry) {
        entries.put(entry.name(), entry);
    }

    void remove(DataSetName entryName) {
        entries.remove(entryName);
    }

    @Override
    public String toString() {
        return (master ? "master catalog " : "user catalog ") + name;
    }
}
