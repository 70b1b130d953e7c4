package io.dsmig.shell;

import io.dsmig.dsl.render.Views;
import io.dsmig.dsl.run.Runtime;
import io.dsmig.engine.MigrationStatus;
import io.dsmig.sim.kernel.SimTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.jline.utils.Status;

/**
 * Live progress while {@code run} advances: a status line per migration at the bottom of the terminal
 * — phase, a bar for the copy, tracks copied of total, changed tracks pending, the simulated clock,
 * the downtime (forecast until the window opens) — redrawn at most ten times a second of wall time.
 */
final class Progress {

    static final long REDRAW_NANOS = 100_000_000L;
    static final int BAR = 24;
    static final int BAR_MIN = 6;
    /** The name (8 and a blank) and the phase (15 and a blank) before the bar. */
    private static final int NAME_AND_PHASE = 25;

    private final Terminal terminal;
    private Status status;
    private long lastDraw;

    Progress(Terminal terminal) {
        this.terminal = terminal;
    }

    void update(Runtime runtime) {
        long now = System.nanoTime();
        if (now - lastDraw < REDRAW_NANOS || runtime.migrations().isEmpty()) {
            return;
        }
        lastDraw = now;
        Status s = status();
        if (s != null) {
            int columns = terminal.getWidth() > 0 ? terminal.getWidth() : Integer.MAX_VALUE;
            s.update(runtime.statuses().stream().map(st -> line(st, columns)).toList());
        }
    }

    /**
     * Takes the status lines away; updating to none gives the scroll region back with the cursor saved
     * and restored. (JLine's {@code Status.reset()} sets the region without that, and a terminal then
     * puts the cursor home: the next prompt would overwrite the top of the screen.)
     */
    void clear() {
        if (status != null) {
            status.update(List.of());
        }
    }

    private Status status() {
        if (status == null && !Terminal.TYPE_DUMB.equals(terminal.getType())
                && !Terminal.TYPE_DUMB_COLOR.equals(terminal.getType())) {
            status = Status.getStatus(terminal, true);
        }
        return status;
    }

    /** One migration's status line, with a bar for the copy, for a terminal as wide as it can be. */
    static AttributedString line(MigrationStatus s) {
        return line(s, Integer.MAX_VALUE);
    }

    /**
     * One migration's status line, {@code columns} wide at most where it can be: the bar gives up
     * columns first (down to {@link #BAR_MIN}), then the track counts, so pending, the clock and the
     * downtime stay in view.
     */
    static AttributedString line(MigrationStatus s, int columns) {
        String downtime = Views.showsDowntime(s)
                ? "  downtime " + (s.downtimeForecast() ? "~" : "") + SimTime.format(s.downtimeNanos()) : "";
        String figures = String.format(Locale.ROOT, " %3.0f%% %,d/%,d trk  pending %,d  t=%s%s", 100 * s.copiedFraction(),
                s.tracksCopied(), s.tracksToCopy(), s.pendingTracks(), SimTime.format(s.nowNanos()), downtime);
        if ((long) NAME_AND_PHASE + BAR_MIN + figures.length() >= columns) {
            // Narrow: the bar and the percentage say how far the copy is; the track counts go.
            figures = String.format(Locale.ROOT, " %3.0f%%  pending %,d  t=%s%s", 100 * s.copiedFraction(),
                    s.pendingTracks(), SimTime.format(s.nowNanos()), downtime);
        }
        int bar = (int) Math.max(BAR_MIN, Math.min(BAR, (long) columns - 1 - NAME_AND_PHASE - figures.length()));
        AttributedStringBuilder sb = new AttributedStringBuilder();
        sb.style(AttributedStyle.BOLD).append(String.format(Locale.ROOT, "%-8s ", s.name()));
        sb.style(AttributedStyle.DEFAULT.foreground(s.failure() != null ? AttributedStyle.RED : AttributedStyle.CYAN))
                .append(String.format(Locale.ROOT, "%-15s ", s.phase().words()));
        int filled = (int) Math.round(s.copiedFraction() * bar);
        sb.style(AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN)).append("█".repeat(filled));
        sb.style(AttributedStyle.DEFAULT.faint()).append("░".repeat(bar - filled));
        sb.style(AttributedStyle.DEFAULT).append(figures);
        return sb.toAttributedString();
    }

    /** Plain text of the lines, for tests. */
    static List<String> text(Runtime runtime) {
        List<String> lines = new ArrayList<>();
        runtime.statuses().forEach(s -> lines.add(line(s).toString()));
        return lines;
    }
}
