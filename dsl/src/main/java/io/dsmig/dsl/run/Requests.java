package io.dsmig.dsl.run;

import io.dsmig.dsl.ast.MigrationOption;
import io.dsmig.dsl.ast.Params;
import io.dsmig.dsl.ast.SelectStatement;
import io.dsmig.dsl.ast.Str;
import io.dsmig.engine.MigrationOptions;
import io.dsmig.engine.MigrationRequest;
import io.dsmig.engine.Selection;
import io.dsmig.sim.name.Mask;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.volume.Volume;
import java.util.List;

/** Turns a select statement into an engine request: selection, targets, options, hooks, image. */
final class Requests {

    private Requests() {
    }

    static MigrationRequest of(Runtime rt, SelectStatement x, Params p, String name) {
        MigrationOptions options = options(MigrationOptions.DEFAULT, x.options(), p);
        return new MigrationRequest(name, selection(rt, x.selection(), p), x.targets().value(p), options,
                rt.hooks().closeHookFor(name), rt.hooks().reconcileHookFor(name),
                x.image() == null ? null : x.image().upper(p));
    }

    static MigrationOptions options(MigrationOptions base, List<MigrationOption> list, Params p) {
        MigrationOptions o = base;
        for (MigrationOption opt : list) {
            if (opt instanceof MigrationOption.ResyncEvery r) {
                o = o.withResyncInterval(r.interval().value(p));
            } else if (opt instanceof MigrationOption.CloseWhen c) {
                o = o.withCloseThreshold(c.tracks().longValue(p));
            } else if (opt instanceof MigrationOption.Passes x) {
                o = o.withPassLimit((int) x.limit().longValue(p));
            } else if (opt instanceof MigrationOption.TimeLimit t) {
                o = o.withTimeLimit(t.limit().value(p));
            } else if (opt instanceof MigrationOption.CloseTimeout t) {
                o = o.withCloseTimeout(t.timeout().value(p));
            } else if (opt instanceof MigrationOption.KeepSource) {
                o = o.withKeepSource(true);
            } else if (opt instanceof MigrationOption.Verify) {
                o = o.withVerify(true);
            } else if (opt instanceof MigrationOption.Reconcile r) {
                o = o.withReconcileWhileMirroring(r.whileMirroring());
            } else if (opt instanceof MigrationOption.Depth d) {
                o = o.withCopyDepth((int) d.depth().longValue(p));
            } else if (opt instanceof MigrationOption.Offline) {
                o = o.withOffline(true);
            }
        }
        return o;
    }

    private static Selection selection(Runtime rt, io.dsmig.dsl.ast.Selection s, Params p) {
        if (s instanceof io.dsmig.dsl.ast.Selection.Datasets d) {
            return new Selection.ByMasks(masks(d.include(), p), masks(d.exclude(), p),
                    d.from() == null ? List.of() : d.from().value(p));
        }
        io.dsmig.dsl.ast.Selection.Volumes v = (io.dsmig.dsl.ast.Selection.Volumes) s;
        List<Volser> volumes = v.volumes() != null ? v.volumes().value(p)
                : rt.world().volumes().inStorageGroup(v.pool().upper(p)).stream().map(Volume::volser).toList();
        return new Selection.ByVolumes(volumes, masks(v.exclude(), p));
    }

    private static List<Mask> masks(List<Str> list, Params p) {
        return list.stream().map(m -> Mask.parse(m.value(p))).toList();
    }
}
