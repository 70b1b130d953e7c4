package io.dsmig.engine.internal;

import io.dsmig.sim.dataset.DataSet;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.services.SystemServices;
import io.dsmig.sim.space.Extent;
import io.dsmig.sim.space.SpaceRequest;
import io.dsmig.sim.space.SpaceUnit;
import io.dsmig.sim.volume.NewEntry;
import io.dsmig.sim.volume.VtocEntry;
import io.dsmig.sim.vsam.VsamGeometry;
import io.dsmig.sim.vsam.VsamStatistics;
import io.dsmig.sim.vsam.VvdsRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The target data sets a migration has allocated: same names as their sources, uncataloged, primary
 * = the source's total space, secondary = the source's secondary. It allocates them at planned extents,
 * extends, releases, renames and scratches them, and remembers each one's pieces so that an abort can
 * free everything it made.
 */
final class Targets {

    private final SystemServices services;
    private final Map<DataSetName, List<TargetPiece>> pieces = new LinkedHashMap<>();

    Targets(SystemServices services) {
        this.services = services;
    }

    /** The target's pieces, in volume-sequence order; empty if it has none. */
    List<TargetPiece> pieces(DataSetName name) {
        return pieces.getOrDefault(name, List.of());
    }

    boolean has(DataSetName name) {
        return pieces.containsKey(name);
    }

    int count() {
        return pieces.size();
    }

    List<Volser> volumes(DataSetName name) {
        return pieces(name).stream().map(TargetPiece::volser).toList();
    }

    /** Allocates the target of {@code source} at the planned pieces (and its VVDS records for VSAM). */
    void allocate(Selected source, List<TargetPiece> planned) {
        DataSet ds = source.dataSet();
        int tracks = planned.stream().mapToInt(TargetPiece::tracks).sum();
        SpaceRequest space = targetSpace(ds, tracks);
        List<TargetPiece> made = new ArrayList<>();
        pieces.put(ds.name(), made);
        for (int i = 0; i < planned.size(); i++) {
            TargetPiece p = planned.get(i);
            NewEntry entry = new NewEntry(ds.name(), ds.dsorg(), ds.dcb(), space, i + 1, ds.extentConstraintRemoval());
            services.space().allocateAt(p.volser(), entry, p.extents());
            made.add(p);
        }
        if (source.vsam()) {
            writeVvdsRecords(source, made);
        }
    }

    /** Adds extents to a target: on its last piece's volume, or as a new piece on another volume. */
    List<TargetPiece> extend(Selected source, Volser volser, List<Extent> extents) {
        DataSetName name = source.name();
        List<TargetPiece> list = pieces.get(name);
        TargetPiece last = list.get(list.size() - 1);
        if (last.volser().equals(volser)) {
            services.space().extendAt(volser, name, extents);
            List<Extent> all = new ArrayList<>(last.extents());
            all.addAll(extents);
            list.set(list.size() - 1, new TargetPiece(volser, all));
        } else {
            DataSet ds = source.dataSet();
            int tracks = list.stream().mapToInt(TargetPiece::tracks).sum();
            NewEntry entry = new NewEntry(name, ds.dsorg(), ds.dcb(), targetSpace(ds, tracks), list.size() + 1,
                    ds.extentConstraintRemoval());
            services.space().allocateAt(volser, entry, extents);
            list.add(new TargetPiece(volser, extents));
        }
        if (source.vsam()) {
            writeVvdsRecords(source, list);
        }
        return List.of(new TargetPiece(volser, extents));
    }

    /**
     * Releases target space from the end so that {@code keepTracks} remain.
     *
     * @return the extents freed, per volume
     */
    List<TargetPiece> release(DataSetName name, int keepTracks) {
        List<TargetPiece> list = pieces.get(name);
        List<TargetPiece> kept = new ArrayList<>();
        List<TargetPiece> freed = new ArrayList<>();
        int remaining = keepTracks;
        for (TargetPiece p : list) {
            if (remaining <= 0) {
                services.space().scratch(p.volser(), name);
                freed.add(p);
                continue;
            }
            VtocEntry after = services.space().release(p.volser(), name, Math.min(remaining, p.tracks()));
            kept.add(new TargetPiece(p.volser(), after.extents()));
            freed.add(new TargetPiece(p.volser(), difference(p.extents(), after.extents())));
            remaining -= after.trackCount();
        }
        pieces.put(name, kept);
        return freed;
    }

    /** Scratches a target on every volume; returns the pieces freed. */
    List<TargetPiece> scratch(DataSetName name) {
        List<TargetPiece> list = pieces.remove(name);
        if (list == null) {
            return List.of();
        }
        for (TargetPiece p : list) {
            services.space().scratch(p.volser(), name);
        }
        return list;
    }

    /** Scratches every target (an abort). */
    void scratchAll() {
        for (DataSetName name : List.copyOf(pieces.keySet())) {
            scratch(name);
        }
    }

    /** Renames a target on every volume, or (when a volume refuses) on none, and throws. */
    void rename(DataSetName from, DataSetName to) {
        List<TargetPiece> list = pieces.get(from);
        List<TargetPiece> done = new ArrayList<>();
        try {
            for (TargetPiece p : list) {
                services.space().rename(p.volser(), from, to);
                done.add(p);
            }
        } catch (RuntimeException e) {
            done.forEach(p -> services.space().rename(p.volser(), to, from));
            throw e;
        }
        pieces.remove(from);
        pieces.put(to, list);
    }

    /** The target's space request: the source's unit where the tracks allow it, else tracks. */
    SpaceRequest targetSpace(DataSet source, int tracks) {
        SpaceRequest s = source.space();
        if (s.unit() == SpaceUnit.CYL && tracks % 15 == 0) {
            return SpaceRequest.cylinders(tracks / 15, s.secondary());
        }
        var type = services.space().volume(source.volumes().get(0)).type();
        return SpaceRequest.tracks(tracks, s.secondaryTracks(type));
    }

    private void writeVvdsRecords(Selected source, List<TargetPiece> list) {
        VvdsRecord template = source.vvds();
        long tracks = 0;
        for (TargetPiece p : list) {
            tracks += p.tracks();
        }
        var family = services.space().volume(list.get(0).volser()).type().family();
        long harba = VsamGeometry.highAllocatedRba(family, template.ciSize(), tracks);
        for (int i = 0; i < list.size(); i++) {
            VvdsRecord r = i == 0
                    ? new VvdsRecord(source.name(), template.cluster(), template.type(), template.kind(), template.ciSize(),
                            true, 0, harba, VsamStatistics.ZERO)
                    : new VvdsRecord(source.name(), template.cluster(), template.type(), template.kind(), template.ciSize(),
                            false, 0, 0, VsamStatistics.ZERO);
            services.vvds().put(list.get(i).volser(), r);
        }
    }

    private static List<Extent> difference(List<Extent> before, List<Extent> after) {
        List<Extent> freed = new ArrayList<>();
        for (Extent b : before) {
            Extent kept = after.stream().filter(a -> a.firstTrack() == b.firstTrack()).findFirst().orElse(null);
            if (kept == null) {
                freed.add(b);
            } else if (kept.trackCount() < b.trackCount()) {
                freed.add(b.tail(kept.trackCount()));
            }
        }
        return freed;
    }
}
