package io.dsmig.engine;

import io.dsmig.sim.World;
import io.dsmig.sim.catalog.CatalogEntry;
import io.dsmig.sim.dataset.DataSet;
import io.dsmig.sim.dataset.VolumeExtent;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Mask;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.sysplex.Image;
import io.dsmig.sim.track.TrackContent;
import io.dsmig.sim.track.TrackStore;
import io.dsmig.sim.volume.Volume;
import io.dsmig.sim.volume.VtocEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What tests look at after (or during) a migration, read straight from the world and never through
 * the engine: a data set's tracks, catalog volume cells, VTOC names, installed monitors, stray target
 * entries and extent-limit breaches. Java, so that the property test's loops stay fast.
 */
public final class Inspect {

    private Inspect() {
    }

    /** The tracks of a data set in relative order, as they stand now. */
    public static TrackContent[] contents(World world, DataSet ds) {
        TrackContent[] all = new TrackContent[ds.trackCount()];
        int rel = 0;
        for (VolumeExtent ve : ds.extents()) {
            TrackStore store = world.volumes().get(ve.volser()).tracks();
            for (int i = 0; i < ve.trackCount(); i++) {
                all[rel++] = store.read(ve.extent().firstTrack() + i);
            }
        }
        return all;
    }

    /** The tracks of a cataloged data set where the catalog places it now. */
    public static TrackContent[] contents(World world, DataSetName name) {
        return contents(world, world.dataSets().describe(name));
    }

    /**
     * Null when {@code actual} holds every track of {@code expected} in the same relative order (it may
     * be longer); else the first difference, in words.
     */
    public static String firstDifference(DataSetName name, TrackContent[] expected, TrackContent[] actual) {
        if (actual.length < expected.length) {
            return name + ": " + actual.length + " tracks where " + expected.length + " were expected";
        }
        for (int rel = 0; rel < expected.length; rel++) {
            if (!expected[rel].contentEquals(actual[rel])) {
                return name + ": relative track " + rel + " differs";
            }
        }
        return null;
    }

    /** The catalog's volume cells of every entry with volumes matching {@code mask}, by name. */
    public static Map<DataSetName, List<Volser>> catalogCells(World world, Mask mask) {
        Map<DataSetName, List<Volser>> cells = new TreeMap<>();
        for (CatalogEntry e : world.catalogs().matching(mask)) {
            if (e.type().hasVolumes()) {
                cells.put(e.name(), e.volumes());
            }
        }
        return cells;
    }

    /** Every VTOC entry on these volumes as {@code VOLSER:NAME}, system data sets included, sorted. */
    public static TreeSet<String> vtocNames(World world, Collection<Volser> volumes) {
        TreeSet<String> names = new TreeSet<>();
        for (Volser v : volumes) {
            for (VtocEntry e : world.volumes().get(v).vtoc().entries()) {
                names.add(v + ":" + e.name());
            }
        }
        return names;
    }

    /** Images that carry at least one I/O monitor now. */
    public static List<String> monitoredImages(World world) {
        List<String> names = new ArrayList<>();
        for (Image i : world.sysplex().images()) {
            if (!i.ioPath().monitors().isEmpty()) {
                names.add(i.name());
            }
        }
        return names;
    }

    /**
     * Entries on {@code volumes} that nobody can find: not a system data set and not cataloged on that
     * volume (an uncataloged leftover of a migration).
     */
    public static List<String> strayEntries(World world, Collection<Volser> volumes) {
        List<String> stray = new ArrayList<>();
        for (Volser v : volumes) {
            Volume volume = world.volumes().get(v);
            for (VtocEntry e : volume.vtoc().entries()) {
                if (volume.isSystemDataSet(e.name())) {
                    continue;
                }
                Optional<CatalogEntry> c = world.catalogs().locate(e.name());
                if (c.isEmpty() || !c.get().volumes().contains(v)) {
                    stray.add(v + ":" + e.name());
                }
            }
        }
        return stray;
    }

    /** Entries on {@code volumes} past their organization's extent limits (per volume, and over all volumes). */
    public static List<String> extentLimitBreaches(World world, Collection<Volser> volumes) {
        List<String> breaches = new ArrayList<>();
        for (Volser v : volumes) {
            Volume volume = world.volumes().get(v);
            for (VtocEntry e : volume.vtoc().entries()) {
                if (volume.isSystemDataSet(e.name())) {
                    continue;
                }
                if (e.extentCount() > e.dsorg().extentsPerVolumeMax()) {
                    breaches.add(v + ":" + e.name() + " has " + e.extentCount() + " extents, the limit on one volume is "
                            + e.dsorg().extentsPerVolumeMax());
                }
                Optional<CatalogEntry> c = world.catalogs().locate(e.name());
                if (c.isPresent() && c.get().volumes().contains(v)) {
                    DataSet ds = world.dataSets().describe(e.name());
                    if (ds.extentCount() > e.dsorg().extentsMax(e.extentConstraintRemoval())) {
                        breaches.add(e.name() + " has " + ds.extentCount() + " extents, the limit is "
                                + e.dsorg().extentsMax(e.extentConstraintRemoval()));
                    }
                }
            }
        }
        return breaches;
    }
}
