package io.dsmig.dsl.check;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names a script can refer to, as they stand at a point in it: images, volumes, storage pools,
 * catalogs, data sets declared one by one, applications, churns, migrations and parameters. The
 * checker adds to it statement by statement; the shell seeds it from the live world.
 */
public final class Symbols {

    final Set<String> images = new TreeSet<>();
    final Set<String> volumes = new TreeSet<>();
    final Set<String> pools = new TreeSet<>();
    final Set<String> catalogs = new TreeSet<>();
    final Set<String> aliases = new TreeSet<>();
    final Set<String> dataSets = new TreeSet<>();
    final Set<String> clusters = new TreeSet<>();
    final Set<String> aixes = new TreeSet<>();
    final Set<String> applications = new TreeSet<>();
    final Set<String> churns = new TreeSet<>();
    final Set<String> migrations = new TreeSet<>();
    final Set<String> params = new TreeSet<>();
    boolean worldStarted;

    public Symbols copy() {
        Symbols s = new Symbols();
        s.images.addAll(images);
        s.volumes.addAll(volumes);
        s.pools.addAll(pools);
        s.catalogs.addAll(catalogs);
        s.aliases.addAll(aliases);
        s.dataSets.addAll(dataSets);
        s.clusters.addAll(clusters);
        s.aixes.addAll(aixes);
        s.applications.addAll(applications);
        s.churns.addAll(churns);
        s.migrations.addAll(migrations);
        s.params.addAll(params);
        s.worldStarted = worldStarted;
        return s;
    }

    public Symbols addImage(String name) {
        images.add(name);
        worldStarted = true;
        return this;
    }

    public Symbols addVolume(String volser, String pool) {
        volumes.add(volser);
        if (pool != null) {
            pools.add(pool);
        }
        worldStarted = true;
        return this;
    }

    public Symbols addCatalog(String name) {
        catalogs.add(name);
        return this;
    }

    public Symbols addCluster(String name) {
        clusters.add(name);
        dataSets.add(name);
        return this;
    }

    public Symbols addApplication(String name) {
        applications.add(name);
        return this;
    }

    public Symbols addChurn(String name) {
        churns.add(name);
        return this;
    }

    public Symbols addMigration(String name) {
        migrations.add(name);
        return this;
    }

    public Symbols addParam(String name) {
        params.add(name);
        return this;
    }

    /** Marks that the world exists already, so a seed can no longer be set. */
    public Symbols worldStarted() {
        worldStarted = true;
        return this;
    }

    public Set<String> images() {
        return Collections.unmodifiableSet(images);
    }

    public Set<String> volumes() {
        return Collections.unmodifiableSet(volumes);
    }

    public Set<String> applications() {
        return Collections.unmodifiableSet(applications);
    }

    public Set<String> migrations() {
        return Collections.unmodifiableSet(migrations);
    }

    public Set<String> churns() {
        return Collections.unmodifiableSet(churns);
    }

    public Set<String> pools() {
        return Collections.unmodifiableSet(pools);
    }
}
