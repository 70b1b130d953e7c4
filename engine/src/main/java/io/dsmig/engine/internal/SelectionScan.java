package io.dsmig.engine.internal;

import io.dsmig.engine.Selection;
import io.dsmig.sim.catalog.CatalogEntry;
import io.dsmig.sim.dataset.DataSet;
import io.dsmig.sim.dataset.Sphere;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Mask;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.services.SystemServices;
import io.dsmig.sim.volume.VtocEntry;
import io.dsmig.sim.vsam.VvdsRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads what a selection means now: from the catalogs for masks, from the VTOCs of the source volumes
 * for a volume list. VSAM spheres are taken whole. Used once to assess, and again by reconciliation to
 * see what changed. Problems (a sphere cut by an exclude, a data set partly outside the source
 * volumes) and warnings (a data set left in place) are collected, not thrown.
 */
final class SelectionScan {

    private final SystemServices services;
    private final Selection selection;
    private final TreeMap<DataSetName, Selected> found = new TreeMap<>();
    private final Set<DataSetName> clusters = new TreeSet<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private final boolean enforceSources;

    private SelectionScan(SystemServices services, Selection selection, boolean enforceSources) {
        this.services = services;
        this.selection = selection;
        this.enforceSources = enforceSources;
    }

    /**
     * Scans the selection as the metadata stands now.
     *
     * @param enforceSources report data sets partly outside the source volumes as problems (at
     *                       assessment); reconciliation asks {@link #outsideSources} per data set instead
     */
    static SelectionScan of(SystemServices services, Selection selection, boolean enforceSources) {
        SelectionScan scan = new SelectionScan(services, selection, enforceSources);
        scan.run();
        return scan;
    }

    /** The volumes of {@code s} outside the source volumes the selection names (empty if it names none). */
    List<Volser> outsideSources(Selected s) {
        List<Volser> allowed = allowedSources();
        if (allowed.isEmpty()) {
            return List.of();
        }
        return s.dataSet().volumes().stream().filter(v -> !allowed.contains(v)).toList();
    }

    private List<Volser> allowedSources() {
        return selection instanceof Selection.ByMasks m ? m.fromVolumes()
                : ((Selection.ByVolumes) selection).volumes();
    }

    /** The data sets with space, by name. */
    TreeMap<DataSetName, Selected> dataSets() {
        return found;
    }

    /** The VSAM clusters, alternate indexes and paths whose components are selected. */
    Set<DataSetName> vsamEntries() {
        return clusters;
    }

    List<String> problems() {
        return problems;
    }

    List<String> warnings() {
        return warnings;
    }

    /** The volumes holding any selected data set. */
    Set<Volser> sourceVolumes() {
        Set<Volser> volumes = new TreeSet<>();
        found.values().forEach(s -> volumes.addAll(s.dataSet().volumes()));
        return volumes;
    }

    /** Data sets left out by 'from' that a warning names one by one; more are counted. */
    static final int LEFT_OUT_NAMED_MAX = 5;

    private void run() {
        Set<DataSetName> names = selection instanceof Selection.ByMasks m ? byMasks(m)
                : byVolumes((Selection.ByVolumes) selection);
        for (DataSetName name : expandSpheres(names)) {
            describe(name).ifPresent(s -> found.put(name, s));
        }
        if (enforceSources) {
            checkWithinSources();
        }
    }

    /**
     * The cataloged data sets the masks match; with source volumes named ({@code from}), only those with
     * space on at least one of them — a data set wholly elsewhere is not selected, and one partly
     * elsewhere is a problem ({@link #checkWithinSources}).
     */
    private Set<DataSetName> byMasks(Selection.ByMasks m) {
        Set<DataSetName> names = new TreeSet<>();
        Set<Volser> from = new TreeSet<>(m.fromVolumes());
        Set<DataSetName> elsewhere = new TreeSet<>();
        for (Mask mask : m.include()) {
            for (CatalogEntry e : services.catalog().list(mask)) {
                if (excluded(e.name()) || names.contains(e.name())) {
                    continue;
                }
                if (from.isEmpty() || volumesOf(e).stream().anyMatch(from::contains)) {
                    names.add(e.name());
                } else {
                    elsewhere.add(e.type().isVsam() ? services.space().sphere(e.name()).base().name() : e.name());
                }
            }
        }
        if (!elsewhere.isEmpty()) {
            String volumes = String.join(", ", m.fromVolumes().stream().map(Volser::toString).toList());
            warnings.add(elsewhere.size() <= LEFT_OUT_NAMED_MAX
                    ? String.join(", ", elsewhere.stream().map(DataSetName::value).toList()) + (elsewhere.size() == 1
                            ? " matches the masks but lies wholly on volumes other than " + volumes + "; not selected"
                            : " match the masks but lie wholly on volumes other than " + volumes + "; not selected")
                    : String.format(Locale.ROOT, "%,d data sets matching the masks lie wholly on volumes other than %s;"
                            + " not selected", elsewhere.size(), volumes));
        }
        return names;
    }

    /** Where a cataloged data set has space: a VSAM cluster or component through its whole sphere. */
    private Set<Volser> volumesOf(CatalogEntry e) {
        Set<Volser> volumes = new TreeSet<>(e.volumes());
        if (e.type().isVsam()) {
            for (var component : services.space().sphere(e.name()).components()) {
                services.catalog().locate(component.name()).ifPresent(c -> volumes.addAll(c.volumes()));
            }
        }
        return volumes;
    }

    private Set<DataSetName> byVolumes(Selection.ByVolumes v) {
        Set<DataSetName> names = new TreeSet<>();
        for (Volser volser : v.volumes()) {
            if (!services.space().exists(volser)) {
                problems.add("source volume " + volser + " is not defined");
                continue;
            }
            for (VtocEntry e : services.vtoc().entries(volser)) {
                if (services.vtoc().isSystemDataSet(volser, e.name()) || excluded(e.name())) {
                    continue;
                }
                Optional<CatalogEntry> cataloged = services.catalog().locate(e.name());
                if (cataloged.isEmpty()) {
                    warnings.add(e.name() + " on " + volser + " is not cataloged; it stays where it is");
                } else if (!cataloged.get().volumes().contains(volser)) {
                    warnings.add(e.name() + " on " + volser + " is not the cataloged copy (the catalog places it on "
                            + cataloged.get().volumes() + "); it stays where it is");
                } else {
                    names.add(e.name());
                }
            }
        }
        return names;
    }

    private boolean excluded(DataSetName name) {
        List<Mask> excludes = selection instanceof Selection.ByMasks m ? m.exclude()
                : ((Selection.ByVolumes) selection).exclude();
        return excludes.stream().anyMatch(x -> x.matches(name));
    }

    /** Every VSAM member brings its whole sphere; an exclude that cuts a sphere is a problem. */
    private Collection<DataSetName> expandSpheres(Set<DataSetName> names) {
        Set<DataSetName> result = new LinkedHashSet<>();
        Set<DataSetName> seenBases = new TreeSet<>();
        for (DataSetName name : names) {
            CatalogEntry entry = services.catalog().locate(name).orElse(null);
            if (entry == null || !entry.type().isVsam()) {
                result.add(name);
                continue;
            }
            Sphere sphere = services.space().sphere(name);
            if (!seenBases.add(sphere.base().name())) {
                continue;
            }
            for (DataSetName member : sphere.names()) {
                if (excluded(member)) {
                    problems.add("the VSAM sphere of " + sphere.base().name() + " is incomplete: " + member
                            + " is excluded; exclude the whole sphere or none of it");
                }
                if (!names.contains(member) && selection instanceof Selection.ByMasks) {
                    warnings.add(member + " is added to keep the sphere of " + sphere.base().name() + " whole");
                }
            }
            sphere.components().forEach(c -> result.add(c.name()));
            clusters.add(sphere.base().name());
            sphere.alternateIndexes().forEach(a -> clusters.add(a.name()));
            sphere.paths().forEach(p -> clusters.add(p.name()));
        }
        return result;
    }

    private Optional<Selected> describe(DataSetName name) {
        Optional<DataSet> ds;
        try {
            ds = services.space().find(name);
        } catch (io.dsmig.sim.DasdException e) {
            problems.add(e.getMessage());
            return Optional.empty();
        }
        if (ds.isEmpty()) {
            return Optional.empty();
        }
        VvdsRecord vvds = null;
        if (ds.get().catalogEntry().type().isVsam()) {
            Volser first = ds.get().volumes().get(0);
            vvds = services.vvds().record(first, name).orElse(null);
            if (vvds == null) {
                problems.add(first + ": the VVDS has no record for " + name);
                return Optional.empty();
            }
        }
        return Optional.of(new Selected(ds.get(), vvds));
    }

    private void checkWithinSources() {
        for (Selected s : found.values()) {
            for (Volser v : outsideSources(s)) {
                problems.add(s.name() + " also has space on " + v + ", which is not a source volume; add " + v
                        + " to the source volumes or exclude the data set");
            }
        }
    }
}
