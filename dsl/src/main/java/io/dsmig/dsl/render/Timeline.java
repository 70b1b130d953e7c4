package io.dsmig.dsl.render;

import io.dsmig.engine.MigrationReport;
import io.dsmig.engine.Phase;
import io.dsmig.sim.kernel.SimTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The phases of a migration over simulated time, as in Figure 1 of seed 002: one bar per phase on a
 * common scale, the downtime window marked underneath, and the window enlarged with its parts.
 */
final class Timeline {

    /** The widest the bars get, and the narrowest. */
    static final int WIDTH_MAX = 60;
    static final int WIDTH_MIN = 20;
    /** The phase's name before the bar: two blanks, 22 columns and a blank. */
    private static final int LABEL = 25;
    /** What a line holds besides its bar: the label, a blank and the duration (up to 10). */
    private static final int AROUND_BAR = LABEL + 11;
    /** The window's parts: the part (23 columns), its duration (10) and a blank. */
    private static final int AROUND_PART = 34;

    private Timeline() {
    }

    static List<String> draw(MigrationReport r, boolean rich, int columns) {
        int width = Math.max(WIDTH_MIN, Math.min(WIDTH_MAX, columns - AROUND_BAR));
        char bar = rich ? '█' : '#';
        List<MigrationReport.PhaseSpan> spans = r.timeline();
        List<String> lines = new ArrayList<>();
        if (spans.isEmpty()) {
            lines.add(r.name() + " has not started");
            return lines;
        }
        long start = spans.get(0).startNanos();
        long end = Math.max(start + 1, spans.get(spans.size() - 1).endNanos());
        double scale = (double) width / (end - start);
        lines.add(String.format(Locale.ROOT, "%s: %s from start to %s%s", r.name(), SimTime.format(end - start),
                spans.get(spans.size() - 1).phase().words(), r.completed() ? ", downtime " + SimTime.format(
                r.downtime().totalNanos()) : r.failure() == null ? "" : " (" + r.failure() + ")"));
        lines.add(String.format(Locale.ROOT, "  %-22s %-" + width + "s %s", "", SimTime.format(0), "+" + SimTime.format(end - start)));
        for (MigrationReport.PhaseSpan s : spans) {
            int from = (int) Math.floor((s.startNanos() - start) * scale);
            int length = Math.max(1, (int) Math.round(s.durationNanos() * scale));
            from = Math.min(from, width - 1);
            length = Math.min(length, width - from);
            lines.add(String.format(Locale.ROOT, "  %-22s %s%s%s %s", s.phase().words(), " ".repeat(from),
                    String.valueOf(bar).repeat(length), " ".repeat(width - from - length), SimTime.format(s.durationNanos())));
        }
        window(r, start, scale, width, lines, rich, columns);
        return lines;
    }

    private static void window(MigrationReport r, long start, double scale, int width, List<String> lines,
            boolean rich, int columns) {
        long open = -1;
        long close = -1;
        for (MigrationReport.PhaseSpan s : r.timeline()) {
            if (s.phase() == Phase.FINAL_RESYNC || s.phase() == Phase.ALLOCATE && r.downtime().copyNanos() > 0
                    && open < 0) {
                open = open < 0 ? s.startNanos() : open;
            }
            if (s.phase() == Phase.REOPEN) {
                close = s.endNanos();
            }
        }
        if (open < 0 || r.downtime().totalNanos() <= 0) {
            return;
        }
        close = close < 0 ? open + r.downtime().totalNanos() : close;
        int from = Math.min(width - 1, (int) Math.floor((open - start) * scale));
        String when = "closed " + SimTime.format(open) + ", reopened " + SimTime.format(close);
        // The times go after the mark when they fit on the line, else before it, else under it.
        String mark;
        if (LABEL + from + 2 + when.length() <= columns) {
            mark = " ".repeat(from) + "^ " + when;
        } else if (from >= when.length() + 1) {
            mark = " ".repeat(from - when.length() - 1) + when + " ^";
        } else {
            mark = " ".repeat(from) + "^\n" + " ".repeat(LABEL) + when;
        }
        lines.addAll(List.of(String.format(Locale.ROOT, "  %-22s %s", "downtime window", mark).split("\n")));
        MigrationReport.Downtime d = r.downtime();
        long total = Math.max(1, d.totalNanos());
        lines.add("  window enlarged (" + SimTime.format(d.totalNanos()) + "):");
        int partWidth = Math.max(WIDTH_MIN, Math.min(WIDTH_MAX, columns - AROUND_PART));
        part(lines, "allocate and copy", d.copyNanos(), total, rich, partWidth);
        part(lines, "final resync", d.finalResyncNanos(), total, rich, partWidth);
        part(lines, "reconcile", d.reconcileNanos(), total, rich, partWidth);
        part(lines, "fix metadata", d.fixMetadataNanos(), total, rich, partWidth);
        part(lines, "switch catalog", d.catalogNanos(), total, rich, partWidth);
        part(lines, "reopen", d.reopenNanos(), total, rich, partWidth);
    }

    private static void part(List<String> lines, String name, long nanos, long total, boolean rich, int width) {
        if (nanos <= 0 && !name.equals("final resync")) {
            return;
        }
        int length = (int) Math.round((double) nanos / total * width);
        lines.add(String.format(Locale.ROOT, "    %-18s %9s %s", name, SimTime.format(nanos),
                String.valueOf(rich ? '█' : '#').repeat(Math.max(nanos > 0 ? 1 : 0, length))));
    }
}
