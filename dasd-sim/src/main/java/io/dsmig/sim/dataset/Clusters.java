package io.dsmig.sim.dataset;

import io.dsmig.sim.DasdException;
import io.dsmig.sim.catalog.CatalogConflictException;
import io.dsmig.sim.catalog.CatalogEntry;
import io.dsmig.sim.catalog.CatalogSystem;
import io.dsmig.sim.catalog.EntryType;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.space.SpaceRequest;
import io.dsmig.sim.volume.DcbAttributes;
import io.dsmig.sim.volume.Dsorg;
import io.dsmig.sim.volume.ExtentBudget;
import io.dsmig.sim.volume.NewEntry;
import io.dsmig.sim.volume.Recfm;
import io.dsmig.sim.volume.Volume;
import io.dsmig.sim.volume.Volumes;
import io.dsmig.sim.volume.VtocEntry;
import io.dsmig.sim.vsam.ComponentKind;
import io.dsmig.sim.vsam.VsamGeometry;
import io.dsmig.sim.vsam.VsamStatistics;
import io.dsmig.sim.vsam.VsamType;
import io.dsmig.sim.vsam.VvdsRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * VSAM services (what IDCAMS DEFINE and DELETE do): clusters with their DATA and INDEX components,
 * alternate indexes and paths, each component a data set in the VTOC with a record in its volume's
 * VVDS, all of it cataloged. Spheres can be listed and deleted as a whole.
 */
public final class Clusters {

    private final Volumes volumes;
    private final CatalogSystem catalogs;
    private final DataSets dataSets;
    private final Supplier<LocalDate> today;

    public Clusters(Volumes volumes, CatalogSystem catalogs, DataSets dataSets, Supplier<LocalDate> today) {
        this.volumes = volumes;
        this.catalogs = catalogs;
        this.dataSets = dataSets;
        this.today = today;
    }

    /**
     * Defines a cluster: allocates its components on the first volume (the others are candidates),
     * writes their VVDS records and catalogs cluster and components.
     */
    public Sphere define(NewCluster spec) {
        List<DataSetName> names = new ArrayList<>(List.of(spec.name(), spec.dataName()));
        if (spec.type() == VsamType.KSDS) {
            names.add(spec.indexName());
        }
        requireUncataloged(names);
        Volser first = spec.volumes().get(0);
        List<Volser> candidates = spec.volumes().subList(1, spec.volumes().size());
        List<DataSetName> components = new ArrayList<>();
        try {
            allocateComponent(spec.dataName(), spec.name(), spec.type(), ComponentKind.DATA, spec.ciSize(),
                    spec.dataSpace(), first, spec.extentConstraintRemoval());
            components.add(spec.dataName());
            if (spec.type() == VsamType.KSDS) {
                allocateComponent(spec.indexName(), spec.name(), spec.type(), ComponentKind.INDEX, 512 * 4,
                        spec.effectiveIndexSpace(), first, spec.extentConstraintRemoval());
                components.add(spec.indexName());
            }
        } catch (DasdException e) {
            components.forEach(c -> scratchComponent(c, first));
            throw e;
        }
        catalogs.define(new CatalogEntry(spec.name(), EntryType.CLUSTER, List.of(), List.of(), components,
                spec.type()));
        for (DataSetName c : components) {
            catalogs.define(new CatalogEntry(c, c.equals(spec.dataName()) ? EntryType.DATA : EntryType.INDEX,
                    List.of(first), candidates, List.of(spec.name()), spec.type()));
        }
        return sphere(spec.name());
    }

    /** Defines an alternate index (a KSDS of its own) over a KSDS or ESDS base cluster. */
    public Sphere defineAlternateIndex(NewAlternateIndex spec) {
        CatalogEntry base = catalogs.require(spec.baseCluster());
        if (base.type() != EntryType.CLUSTER || !(base.vsamType() == VsamType.KSDS || base.vsamType() == VsamType.ESDS)) {
            throw new DasdException(spec.baseCluster() + " cannot have an alternate index: it is not a KSDS or "
                    + "ESDS cluster");
        }
        NewCluster asCluster = new NewCluster(spec.name(), VsamType.KSDS, spec.volumes(), spec.dataSpace(), null,
                spec.ciSize(), false);
        requireUncataloged(List.of(spec.name(), asCluster.dataName(), asCluster.indexName()));
        Sphere defined = define(asCluster);
        CatalogEntry cluster = catalogs.delete(spec.name());
        List<DataSetName> assoc = new ArrayList<>();
        assoc.add(spec.baseCluster());
        assoc.addAll(cluster.associations());
        catalogs.define(new CatalogEntry(spec.name(), EntryType.AIX, List.of(), List.of(), assoc, VsamType.KSDS));
        List<DataSetName> baseAssoc = new ArrayList<>(base.associations());
        baseAssoc.add(spec.name());
        catalogs.replace(base.withAssociations(baseAssoc));
        for (CatalogEntry component : defined.components()) {
            catalogs.replace(component.withAssociations(List.of(spec.name())));
        }
        return sphere(spec.baseCluster());
    }

    /** Defines a path over an alternate index. */
    public Sphere definePath(DataSetName path, DataSetName aix) {
        CatalogEntry aixEntry = catalogs.require(aix);
        if (aixEntry.type() != EntryType.AIX) {
            throw new DasdException(aix + " is not an alternate index; a path relates an alternate index");
        }
        requireUncataloged(List.of(path));
        catalogs.define(new CatalogEntry(path, EntryType.PATH, List.of(), List.of(), List.of(aix), null));
        List<DataSetName> assoc = new ArrayList<>(aixEntry.associations());
        assoc.add(path);
        catalogs.replace(aixEntry.withAssociations(assoc));
        return sphere(aix);
    }

    /** The whole sphere of any of its members (cluster, component, alternate index or path). */
    public Sphere sphere(DataSetName anyMember) {
        CatalogEntry base = baseOf(catalogs.require(anyMember));
        List<CatalogEntry> members = new ArrayList<>();
        for (DataSetName n : base.associations()) {
            CatalogEntry e = catalogs.require(n);
            members.add(e);
            if (e.type() == EntryType.AIX) {
                for (DataSetName m : e.associations().subList(1, e.associations().size())) {
                    members.add(catalogs.require(m));
                }
            }
        }
        return new Sphere(base, members);
    }

    /**
     * Deletes a base cluster with its whole sphere, or an alternate index with its components and
     * paths, or a single path.
     */
    public void delete(DataSetName name) {
        CatalogEntry entry = catalogs.require(name);
        switch (entry.type()) {
            case CLUSTER -> {
                Sphere s = sphere(name);
                s.alternateIndexes().forEach(a -> delete(a.name()));
                entry.associations().stream().filter(this::isComponent).forEach(this::deleteComponent);
                catalogs.delete(name);
            }
            case AIX -> {
                for (DataSetName m : entry.associations().subList(1, entry.associations().size())) {
                    if (isComponent(m)) {
                        deleteComponent(m);
                    } else {
                        catalogs.delete(m);
                    }
                }
                catalogs.delete(name);
                CatalogEntry base = catalogs.require(entry.owner());
                catalogs.replace(base.withAssociations(base.associations().stream().filter(n -> !n.equals(name)).toList()));
            }
            case PATH -> {
                catalogs.delete(name);
                CatalogEntry aix = catalogs.require(entry.owner());
                catalogs.replace(aix.withAssociations(aix.associations().stream().filter(n -> !n.equals(name)).toList()));
            }
            default -> throw new DasdException(name + " is a " + entry.type() + " entry; delete its cluster instead");
        }
    }

    /** Extends a component by its secondary quantity and updates its high-allocated RBA. */
    public DataSet extendComponent(DataSetName component) {
        DataSet extended = dataSets.extend(component);
        for (DataSet.Piece p : extended.pieces()) {
            Volume v = volumes.get(p.volser());
            if (v.vvds().flatMap(x -> x.find(component)).isEmpty()) {
                VvdsRecord primary = primaryRecord(component);
                v.ensureVvds(today.get()).put(primary.withPrimary(false).withRbas(0, 0));
            }
        }
        VvdsRecord primary = primaryRecord(component);
        long harba = highAllocatedRba(extended, primary.ciSize());
        putPrimary(extended, primary.withRbas(primary.highUsedRba(), harba));
        return extended;
    }

    /** The primary VVDS record of a cataloged component (on its first volume). */
    public VvdsRecord primaryRecord(DataSetName component) {
        DataSet ds = dataSets.describe(component);
        Volser first = ds.pieces().get(0).volser();
        return volumes.get(first).vvds().flatMap(v -> v.find(component)).orElseThrow(() -> new DasdException(
                first + ": the VVDS has no record for " + component));
    }

    /** Records VSAM activity on a component: its new high-used RBA and statistics. */
    public VvdsRecord recordUsage(DataSetName component, long highUsedRba, VsamStatistics statistics) {
        DataSet ds = dataSets.describe(component);
        VvdsRecord primary = primaryRecord(component);
        long hurba = Math.min(highUsedRba, primary.highAllocatedRba());
        VvdsRecord updated = primary.withRbas(hurba, primary.highAllocatedRba()).withStatistics(statistics);
        putPrimary(ds, updated);
        return updated;
    }

    /**
     * Allocates a component's space on one volume and writes its primary VVDS record, without
     * cataloging — how a migration creates a target component.
     */
    public DataSet allocateComponent(DataSetName component, DataSetName cluster, VsamType type, ComponentKind kind,
            int ciSize, SpaceRequest space, Volser volser, boolean extentConstraintRemoval) {
        Volume volume = volumes.get(volser);
        volume.ensureVvds(today.get());
        int physical = VsamGeometry.physicalRecordLength(ciSize);
        DcbAttributes dcb = new DcbAttributes(Recfm.U, 0, Math.min(physical, 32_760), 0);
        NewEntry newEntry = new NewEntry(component, Dsorg.VSAM, dcb, space, 1, extentConstraintRemoval);
        VtocEntry entry = volume.allocate(newEntry, space.primaryTracks(volume.type()),
                ExtentBudget.of(Dsorg.VSAM, extentConstraintRemoval, 0, 0), today.get());
        long harba = VsamGeometry.highAllocatedRba(volume.type().family(), ciSize, entry.trackCount());
        volume.vvds().orElseThrow().put(new VvdsRecord(component, cluster, type, kind, ciSize, true, 0, harba,
                VsamStatistics.ZERO));
        return new DataSet(component, null, List.of(new DataSet.Piece(volser, entry)));
    }

    /** Removes an uncataloged component from one volume: its VTOC entry and its VVDS record. */
    public void scratchComponent(DataSetName component, Volser volser) {
        Volume volume = volumes.get(volser);
        volume.vvds().ifPresent(v -> v.remove(component));
        if (volume.vtoc().contains(component)) {
            volume.scratch(component);
        }
    }

    private void deleteComponent(DataSetName component) {
        DataSet ds = dataSets.describe(component);
        catalogs.delete(component);
        ds.pieces().forEach(p -> scratchComponent(component, p.volser()));
    }

    private boolean isComponent(DataSetName name) {
        return catalogs.locate(name).map(e -> e.type().hasVolumes()).orElse(false);
    }

    private CatalogEntry baseOf(CatalogEntry entry) {
        return switch (entry.type()) {
            case CLUSTER -> entry;
            case DATA, INDEX, AIX, PATH -> baseOf(catalogs.require(entry.owner()));
            case NONVSAM -> throw new DasdException(entry.name() + " is not a VSAM data set");
        };
    }

    private long highAllocatedRba(DataSet ds, int ciSize) {
        long harba = 0;
        for (DataSet.Piece p : ds.pieces()) {
            harba += VsamGeometry.highAllocatedRba(volumes.get(p.volser()).type().family(), ciSize,
                    p.entry().trackCount());
        }
        return harba;
    }

    private void putPrimary(DataSet ds, VvdsRecord record) {
        volumes.get(ds.pieces().get(0).volser()).vvds().orElseThrow().put(record.withPrimary(true));
    }

    private void requireUncataloged(List<DataSetName> names) {
        for (DataSetName n : names) {
            if (catalogs.locate(n).isPresent()) {
                throw new CatalogConflictException(n + " is already cataloged in " + catalogs.catalogFor(n));
            }
        }
    }
}
