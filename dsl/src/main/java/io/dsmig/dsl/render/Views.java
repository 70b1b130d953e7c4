package io.dsmig.dsl.render;

import io.dsmig.dsl.ast.MigrationOption;
import io.dsmig.dsl.ast.Params;
import io.dsmig.engine.Migration;
import io.dsmig.engine.MigrationReport;
import io.dsmig.engine.MigrationStatus;
import io.dsmig.engine.Phase;
import io.dsmig.engine.Plan;
import io.dsmig.engine.PlannedDataSet;
import io.dsmig.engine.TableEntry;
import io.dsmig.sim.Words;
import io.dsmig.sim.World;
import io.dsmig.sim.app.Application;
import io.dsmig.sim.app.Churn;
import io.dsmig.sim.catalog.CatalogEntry;
import io.dsmig.sim.dataset.DataSet;
import io.dsmig.sim.kernel.SimTime;
import io.dsmig.sim.name.Mask;
import io.dsmig.sim.sysplex.Image;
import io.dsmig.sim.volume.Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Text views of the world and of migrations, line by line, for {@code status}, {@code show} and summaries. */
public final class Views {

    /** Long listings stop after this many lines, saying how many more there are. */
    static final int LINES_MAX = 50;

    private Views() {
    }

    /**
     * Whether a status line shows the downtime: once it is measured, or forecast once the migration is
     * past its assessment and has something to forecast (an aborted one has not).
     */
    public static boolean showsDowntime(MigrationStatus s) {
        return !s.downtimeForecast() || s.downtimeNanos() > 0 && s.phase() != Phase.ASSESS;
    }

    public static String statusLine(MigrationStatus s) {
        String copy = s.tracksToCopy() == 0 ? "" : String.format(Locale.ROOT, "  copied %,d/%,d trk (%.0f%%)",
                s.tracksCopied(), s.tracksToCopy(), 100 * s.copiedFraction());
        String downtime = !showsDowntime(s) ? ""
                : "  downtime " + (s.downtimeForecast() ? "~" : "") + SimTime.format(s.downtimeNanos())
                        + (s.downtimeForecast() ? " (forecast)" : "");
        return String.format(Locale.ROOT, "%-8s %-20s t=%-10s%s  pending %,d  passes %d%s%s", s.name(), s.phase().words(),
                SimTime.format(s.nowNanos()), copy, s.pendingTracks(), s.passes(), downtime,
                s.failure() == null ? "" : "  (" + s.failure() + ")");
    }

    public static List<String> summary(MigrationReport r) {
        List<String> lines = new ArrayList<>();
        if (!r.completed()) {
            lines.add(r.name() + " aborted: " + r.failure());
            return lines;
        }
        MigrationReport.Downtime d = r.downtime();
        lines.add(String.format(Locale.ROOT, "%s completed: copy %s (%,d tracks at %,.0f tracks/s), %s",
                r.name(), SimTime.format(r.copyNanos()), r.tracksCopied(), r.copyRateTracksPerSecond(),
                Words.count(r.resyncPasses(), "resync pass", "resync passes")));
        lines.add("  downtime " + SimTime.format(d.totalNanos()) + ": " + parts(d));
        String verification = r.verification() == null ? "not asked for"
                : r.verification().passed() ? String.format(Locale.ROOT, "%,d tracks match", r.verification().tracksCompared())
                : r.verification().mismatches().size() + " mismatches";
        lines.add("  " + Words.count(r.reconciliation().size(), "allocation change") + " reconciled; verification: "
                + verification);
        return lines;
    }

    static String parts(MigrationReport.Downtime d) {
        List<String> p = new ArrayList<>();
        if (d.copyNanos() > 0) {
            p.add("allocate and copy " + SimTime.format(d.copyNanos()));
        }
        p.add("final resync " + SimTime.format(d.finalResyncNanos()) + " (" + String.format(Locale.ROOT, "%,d",
                d.pendingTracksAtClose()) + " tracks)");
        p.add("reconcile " + SimTime.format(d.reconcileNanos()));
        p.add("fix metadata " + SimTime.format(d.fixMetadataNanos()));
        p.add("catalog " + SimTime.format(d.catalogNanos()));
        p.add("reopen " + SimTime.format(d.reopenNanos()));
        return String.join(", ", p);
    }

    public static List<String> plan(Plan plan) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "plan %s: %,d data sets, %,d tracks, about %s to copy", plan.name(),
                plan.dataSets().size(), plan.tracks(), SimTime.format(plan.estimatedCopyNanos())));
        plan.targetTracksUsed().keySet().stream().sorted().forEach(v -> lines.add(String.format(Locale.ROOT,
                "  target %-6s  %,12d tracks planned  %,12d free after", v, plan.targetTracksUsed().get(v),
                plan.targetTracksFree().getOrDefault(v, 0L))));
        lines.add(String.format(Locale.ROOT, "  %-44s %-5s %9s %4s  %-20s %s", "data set", "dsorg", "tracks", "ext",
                "from", "to"));
        List<PlannedDataSet> list = plan.dataSets();
        for (PlannedDataSet d : list.subList(0, Math.min(list.size(), LINES_MAX))) {
            lines.add(String.format(Locale.ROOT, "  %-44s %-5s %,9d %4d  %-20s %s", d.name(), d.dsorg(), d.tracks(),
                    d.sourceExtents(), volumes(d.sourceVolumes()), d.placed() ? volumes(d.targetVolumes()) + " ("
                            + d.targetExtents().size() + " ext)" : "(no room)"));
        }
        more(lines, list.size());
        plan.warnings().forEach(w -> lines.add("  warning: " + w));
        plan.problems().forEach(p -> lines.add("  problem: " + p));
        lines.add(plan.feasible() ? "  the migration can start as planned" : "  the migration cannot start: "
                + plan.problems().size() + " problems");
        return lines;
    }

    public static List<String> volume(World w, Volume v) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%s  %s  %,d tracks, %.1f%% used, %,d free (largest area %,d)", v.volser(),
                v.type(), v.trackCount(), v.usedPercent(), v.freeTracks(), v.largestFreeTracks()));
        lines.add(String.format(Locale.ROOT, "  VTOC %s, %,d of %,d DSCBs used%s; %s%s", v.vtoc().location(),
                v.vtoc().dscbsUsed(), v.vtoc().dscbCapacity(), v.vtoc().indexed() ? ", indexed" : "",
                Words.count(v.vtoc().size(), "data set"), v.storageGroup().map(g -> "; pool " + g).orElse("")));
        lines.add("  online to " + w.sysplex().onlineImages(v.volser()).stream().map(Image::name)
                .collect(Collectors.joining(", ")));
        return lines;
    }

    public static List<String> volume(Volume v) {
        return List.of(String.format(Locale.ROOT, "%s  %s  %,d tracks, %.1f%% used, %,d free (largest area %,d), %s",
                v.volser(), v.type(), v.trackCount(), v.usedPercent(), v.freeTracks(), v.largestFreeTracks(),
                Words.count(v.vtoc().size(), "data set")));
    }

    /** The map of a volume, {@code columns} wide at most (a row keeps at least 24 cells). */
    public static List<String> volumeMap(Volume v, boolean rich, int columns) {
        return VolumeMap.draw(v, rich, columns);
    }

    /** The timeline of a migration, {@code columns} wide at most (a bar keeps at least 20 columns). */
    public static List<String> timeline(MigrationReport r, boolean rich, int columns) {
        return Timeline.draw(r, rich, columns);
    }

    public static List<String> dataSets(World w, Mask mask) {
        List<String> lines = new ArrayList<>();
        List<CatalogEntry> entries = w.catalogs().matching(mask);
        lines.add(String.format(Locale.ROOT, "%-44s %-8s %-5s %9s %4s  %s", "data set", "type", "dsorg", "tracks", "ext",
                "volumes"));
        for (CatalogEntry e : entries.subList(0, Math.min(entries.size(), LINES_MAX))) {
            if (e.type().hasVolumes()) {
                DataSet ds = w.dataSets().describe(e.name());
                lines.add(String.format(Locale.ROOT, "%-44s %-8s %-5s %,9d %4d  %s", e.name(), e.type(), ds.dsorg(),
                        ds.trackCount(), ds.extentCount(), volumes(ds.volumes())));
            } else {
                lines.add(String.format(Locale.ROOT, "%-44s %-8s %-5s %9s %4s  %s", e.name(), e.type(),
                        e.vsamType() == null ? "" : e.vsamType(), "", "", "→ " + e.associations().size() + " related"));
            }
        }
        more(lines, entries.size());
        lines.add(Words.count(entries.size(), "entry", "entries") + (entries.size() == 1 ? " matches " : " match ") + mask);
        return lines;
    }

    public static List<String> table(Migration m) {
        List<TableEntry> entries = m.table();
        List<String> lines = new ArrayList<>();
        if (entries.isEmpty() && (m.phase() == Phase.ASSESS || m.phase() == Phase.ALLOCATE)) {
            lines.add(m.name() + " has no translate table yet: it is in its phase '" + m.phase().words()
                    + "' and builds the table once its targets are allocated; 'run for 10s' and look again");
            return lines;
        }
        lines.add(String.format(Locale.ROOT, "translate table of %s: %,d entries", m.name(), entries.size()));
        entries.stream().limit(LINES_MAX).forEach(e -> lines.add("  " + e));
        more(lines, entries.size());
        return lines;
    }

    public static List<String> applications(World w) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-8s %-6s %-8s %12s %12s %4s  %s", "name", "image", "state", "writes",
                "reads", "open", "masks"));
        for (Application a : w.applications().all()) {
            lines.add(String.format(Locale.ROOT, "%-8s %-6s %-8s %,12d %,12d %4d  %s%s", a.name(), a.image().name(),
                    a.state().name().toLowerCase(Locale.ROOT), a.writes(), a.reads(), a.openDataSets().size(), a.masks(),
                    a.failure() == null ? "" : "  " + a.failure()));
            if (a.throttled() > 0) {
                lines.add(String.format(Locale.ROOT, "         %,d requests held back: its devices did not keep up "
                        + "with %,.0f tracks/s", a.throttled(),
                        a.workload().tracksPerSecond()));
            }
        }
        return lines;
    }

    public static List<String> images(World w) {
        List<String> lines = new ArrayList<>();
        for (Image i : w.sysplex().images()) {
            lines.add(String.format(Locale.ROOT, "%-8s %-4s  %-21s  %s installed, %s issued", i.name(),
                    i.isUp() ? "up" : "down", i.canHostMonitor() ? "can host monitors" : "cannot host a monitor",
                    Words.count(i.ioPath().monitors().size(), "monitor"), Words.count(i.ioPath().issuedCount(), "I/O")));
        }
        return lines;
    }

    public static List<String> volumes(World w) {
        List<String> lines = new ArrayList<>();
        w.volumes().all().stream().limit(LINES_MAX * 4L).forEach(v -> lines.addAll(volume(v)));
        more(lines, w.volumes().size());
        return lines;
    }

    public static List<String> churn(World w, String name) {
        List<String> lines = new ArrayList<>();
        for (Churn c : w.churns()) {
            if (name != null && !c.spec().name().equalsIgnoreCase(name)) {
                continue;
            }
            long done = c.events().stream().filter(e -> e.done()).count();
            lines.add(String.format(Locale.ROOT, "churn %s: %,d changes done, %,d refused; %,d jobs waited for data "
                    + "sets somebody held, %,d of them cancelled, %,d running now", c.spec().name(), done,
                    c.events().size() - done, c.jobsWaited(), c.jobsCancelled(), c.jobsActive()));
            c.events().stream().skip(Math.max(0, c.events().size() - 20L))
                    .forEach(e -> lines.add("  " + SimTime.format(e.timeNanos()) + "  " + e));
        }
        return lines;
    }

    public static List<String> whatif(String name, List<String> labels, List<MigrationReport> reports) {
        List<String> lines = new ArrayList<>();
        lines.add("what if " + name + " ran with:");
        int width = Math.max("options".length(), labels.stream().mapToInt(String::length).max().orElse(0));
        String label = "  %-" + width + "s ";
        lines.add(String.format(Locale.ROOT, label + "%11s %6s %9s %10s %10s %10s %10s", "options", "copy", "passes",
                "pending", "downtime", "final", "reconcile", "catalog"));
        for (int i = 0; i < labels.size(); i++) {
            MigrationReport r = reports.get(i);
            MigrationReport.Downtime d = r.downtime();
            lines.add(r.completed()
                    ? String.format(Locale.ROOT, label + "%11s %6d %,9d %10s %10s %10s %10s", labels.get(i),
                            SimTime.format(r.copyNanos()), r.resyncPasses(), d.pendingTracksAtClose(),
                            SimTime.format(d.totalNanos()), SimTime.format(d.finalResyncNanos()),
                            SimTime.format(d.reconcileNanos()), SimTime.format(d.catalogNanos()))
                    : String.format(Locale.ROOT, label + "aborted: %s", labels.get(i), r.failure()));
        }
        return lines;
    }

    /** An option as it would be written, with parameters resolved: "resync every 5s", "depth 4". */
    public static String optionText(MigrationOption o, Params p) {
        if (o instanceof MigrationOption.ResyncEvery r) {
            return "resync every " + literal(r.interval().value(p));
        } else if (o instanceof MigrationOption.CloseWhen c) {
            return "close when pending < " + c.tracks().longValue(p) + " tracks";
        } else if (o instanceof MigrationOption.Passes x) {
            return "passes " + x.limit().longValue(p);
        } else if (o instanceof MigrationOption.TimeLimit t) {
            return "time limit " + literal(t.limit().value(p));
        } else if (o instanceof MigrationOption.CloseTimeout t) {
            return "close timeout " + literal(t.timeout().value(p));
        } else if (o instanceof MigrationOption.Reconcile r) {
            return r.whileMirroring() ? "reconcile during mirroring" : "reconcile at close";
        } else if (o instanceof MigrationOption.Depth d) {
            return "depth " + d.depth().longValue(p);
        } else if (o instanceof MigrationOption.KeepSource) {
            return "keep source";
        }
        return o instanceof MigrationOption.Verify ? "verify" : "offline";
    }

    /** A duration as a script would write it — 2m, 90s, 500ms — when it is a whole number of one unit. */
    static String literal(long nanos) {
        long[] units = {SimTime.seconds(3600), SimTime.seconds(60), SimTime.seconds(1), SimTime.millis(1)};
        String[] names = {"h", "m", "s", "ms"};
        for (int i = 0; i < units.length; i++) {
            if (nanos > 0 && nanos % units[i] == 0) {
                return nanos / units[i] + names[i];
            }
        }
        return SimTime.format(nanos);
    }

    static String volumes(List<?> volumes) {
        String s = volumes.stream().map(Object::toString).collect(Collectors.joining(","));
        return s.length() > 20 ? s.substring(0, 17) + "..." : s;
    }

    private static void more(List<String> lines, int total) {
        if (total > LINES_MAX) {
            lines.add(String.format(Locale.ROOT, "  … and %,d more", total - LINES_MAX));
        }
    }
}
