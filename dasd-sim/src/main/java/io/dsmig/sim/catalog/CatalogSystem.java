package io.dsmig.sim.catalog;

import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Mask;
import io.dsmig.sim.name.Volser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The catalogs of a sysplex: one master catalog, user catalogs, and aliases that send a high-level
 * qualifier to a user catalog. A name whose high-level qualifier has no alias is cataloged in the
 * master catalog.
 *
 * <p>Catalog services ({@link #define}, {@link #delete}, {@link #rename}, {@link #alterVolumes})
 * tell every image's {@link CatalogCache} that the record changed. A direct update of the record's
 * volume cells ({@link #alterVolumeCellsInPlace}) does not: as on z/OS, whoever updates the record
 * directly must invalidate the caches ({@link #invalidateEverywhere}).
 *
 * <pre>{@code
 * CatalogSystem cats = new CatalogSystem("CATALOG.MASTER");
 * cats.defineUserCatalog("UCAT.PAYROLL");
 * cats.defineAlias("PAYROLL", "UCAT.PAYROLL");
 * cats.define(CatalogEntry.nonVsam(DataSetName.of("PAYROLL.MASTER"), List.of(vol1), List.of()));
 * }</pre>
 */
public final class CatalogSystem {

    private final Catalog master;
    private final Map<String, Catalog> userCatalogs = new TreeMap<>();
    private final Map<String, Catalog> aliases = new TreeMap<>();
    private final List<CatalogCache> caches = new ArrayList<>();

    public CatalogSystem(String masterCatalogName) {
        this.master = new Catalog(masterCatalogName.toUpperCase(Locale.ROOT), true);
    }

    public Catalog master() {
        return master;
    }

    /** Defines a user catalog; its name follows data set name rules. */
    public Catalog defineUserCatalog(String name) {
        String key = DataSetName.of(name).value();
        if (userCatalogs.containsKey(key) || key.equals(master.name())) {
            throw new CatalogConflictException("catalog " + key + " is already defined");
        }
        Catalog catalog = new Catalog(key, false);
        userCatalogs.put(key, catalog);
        return catalog;
    }

    /** Sends names with high-level qualifier {@code hlq} to {@code userCatalogName}. */
    public void defineAlias(String hlq, String userCatalogName) {
        String qualifier = hlq.toUpperCase(Locale.ROOT);
        DataSetName.of(qualifier);
        if (qualifier.contains(".")) {
            throw new IllegalArgumentException("alias " + hlq + " must be a single qualifier");
        }
        Catalog target = userCatalog(userCatalogName);
        if (aliases.containsKey(qualifier)) {
            throw new CatalogConflictException("alias " + qualifier + " already relates to "
                    + aliases.get(qualifier).name());
        }
        if (!master.matching(Mask.parse(qualifier + ".**")).isEmpty()) {
            throw new CatalogConflictException("alias " + qualifier + " would hide data sets already cataloged "
                    + "in the master catalog");
        }
        aliases.put(qualifier, target);
    }

    public Catalog userCatalog(String name) {
        Catalog c = userCatalogs.get(name.toUpperCase(Locale.ROOT));
        if (c == null) {
            throw new NotCatalogedException("no user catalog named " + name.toUpperCase(Locale.ROOT)
                    + (userCatalogs.isEmpty() ? "" : " (defined: " + String.join(", ", userCatalogs.keySet()) + ")"));
        }
        return c;
    }

    /** The master catalog and the user catalogs, master first. */
    public List<Catalog> catalogs() {
        List<Catalog> list = new ArrayList<>();
        list.add(master);
        list.addAll(userCatalogs.values());
        return list;
    }

    /** Aliases by high-level qualifier. */
    public Map<String, String> aliases() {
        Map<String, String> map = new TreeMap<>();
        aliases.forEach((k, v) -> map.put(k, v.name()));
        return Collections.unmodifiableMap(map);
    }

    /** The catalog a name belongs in: its alias's user catalog, or the master catalog. */
    public Catalog catalogFor(DataSetName name) {
        return aliases.getOrDefault(name.highLevelQualifier(), master);
    }

    /** Reads the catalog record directly (no cache). */
    public Optional<CatalogEntry> locate(DataSetName name) {
        return catalogFor(name).find(name);
    }

    /** Reads the record or fails naming the catalog searched. */
    public CatalogEntry require(DataSetName name) {
        return locate(name).orElseThrow(() -> new NotCatalogedException(name + " is not cataloged (searched "
                + catalogFor(name) + ")"));
    }

    /** Every entry matching {@code mask} in any catalog, in name order. */
    public List<CatalogEntry> matching(Mask mask) {
        TreeMap<DataSetName, CatalogEntry> found = new TreeMap<>();
        for (Catalog c : catalogs()) {
            for (CatalogEntry e : c.matching(mask)) {
                found.put(e.name(), e);
            }
        }
        return new ArrayList<>(found.values());
    }

    /** Catalogs a new entry. */
    public void define(CatalogEntry entry) {
        Catalog c = catalogFor(entry.name());
        if (c.find(entry.name()).isPresent()) {
            throw new CatalogConflictException(entry.name() + " is already cataloged in " + c);
        }
        c.put(entry);
        notifyChanged(entry.name());
    }

    /** Removes an entry. */
    public CatalogEntry delete(DataSetName name) {
        CatalogEntry entry = require(name);
        catalogFor(name).remove(name);
        notifyChanged(name);
        return entry;
    }

    /** Renames an entry within its catalog (a new record under the new key, the old one deleted). */
    public CatalogEntry rename(DataSetName from, DataSetName to) {
        CatalogEntry entry = require(from);
        Catalog source = catalogFor(from);
        Catalog target = catalogFor(to);
        if (source != target) {
            throw new CatalogConflictException("cannot rename " + from + " to " + to + ": the new name belongs in "
                    + target + ", the old one is in " + source);
        }
        if (target.find(to).isPresent()) {
            throw new CatalogConflictException("cannot rename " + from + " to " + to + ", which is already cataloged");
        }
        source.remove(from);
        CatalogEntry renamed = entry.withName(to);
        target.put(renamed);
        notifyChanged(from);
        notifyChanged(to);
        return renamed;
    }

    /** Replaces an entry through catalog services (associations, candidates, volumes); caches are told. */
    public CatalogEntry replace(CatalogEntry entry) {
        require(entry.name());
        catalogFor(entry.name()).put(entry);
        notifyChanged(entry.name());
        return entry;
    }

    /** Changes an entry's volume cells through catalog services; every cache is told. */
    public CatalogEntry alterVolumes(DataSetName name, List<Volser> volumes) {
        return replace(require(name).withVolumes(volumes));
    }

    /**
     * Rewrites an entry's volume cells directly in the catalog record, as a migration's switch does.
     * Caches are <em>not</em> told: they keep serving the old record until
     * {@link #invalidateEverywhere} is called.
     */
    public CatalogEntry alterVolumeCellsInPlace(DataSetName name, List<Volser> volumes) {
        CatalogEntry entry = require(name);
        if (!entry.type().hasVolumes()) {
            throw new CatalogConflictException(name + " is a " + entry.type() + " entry and has no volume cells");
        }
        CatalogEntry altered = entry.withVolumes(volumes);
        catalogFor(name).put(altered);
        return altered;
    }

    /** Drops {@code name} from every image's cache (catalog buffer invalidation). */
    public void invalidateEverywhere(DataSetName name) {
        caches.forEach(c -> c.invalidate(name));
    }

    /** A new cache for an image; it registers itself for change notices. */
    public CatalogCache newCache(String owner) {
        CatalogCache cache = new CatalogCache(owner, this);
        caches.add(cache);
        return cache;
    }

    public List<CatalogCache> caches() {
        return Collections.unmodifiableList(caches);
    }

    private void notifyChanged(DataSetName name) {
        caches.forEach(c -> c.invalidate(name));
    }
}
