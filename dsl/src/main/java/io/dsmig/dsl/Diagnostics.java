package io.dsmig.dsl;

import io.dsmig.dsl.ast.Pos;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Diagnostics collected over a run, up to a cap: past {@link #ERRORS_MAX} errors the rest are counted
 * but not kept, so one broken script does not flood the terminal.
 */
public final class Diagnostics {

    public static final int ERRORS_MAX = 25;

    private final List<Diagnostic> list = new ArrayList<>();
    private final Map<String, Source> sources = new HashMap<>();
    private int errors;
    private int dropped;
    private boolean stopped;

    public void error(Pos pos, String message, String hint) {
        add(Diagnostic.error(pos, message, hint));
    }

    public void warning(Pos pos, String message, String hint) {
        add(Diagnostic.warning(pos, message, hint));
    }

    public void add(Diagnostic d) {
        if (d.isError()) {
            errors++;
            if (errors > ERRORS_MAX) {
                dropped++;
                return;
            }
        }
        list.add(d);
    }

    /**
     * Remembers the text of a file other than the script itself (a loaded script, a hook file), so
     * diagnostics in it are shown with their own source line.
     */
    public void addSource(Source source) {
        sources.put(source.name(), source);
    }

    public void addAll(Diagnostics other) {
        sources.putAll(other.sources);
        other.list.forEach(this::add);
        dropped += other.dropped;
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    public int errorCount() {
        return errors;
    }

    /** Notes that checking stopped at the cap, so there may be more errors than were found. */
    public void stop() {
        stopped = true;
    }

    /** Whether the cap was reached and more errors were dropped. */
    public boolean full() {
        return errors >= ERRORS_MAX;
    }

    public List<Diagnostic> all() {
        return Collections.unmodifiableList(list);
    }

    /**
     * Every diagnostic formatted against the source of its file ({@code source} itself, or one added
     * with {@link #addSource}; none for a position on the command line), then a count of any dropped.
     */
    public String format(Source source) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : list) {
            String file = d.pos().file();
            sb.append(d.format(file.equals(source.name()) ? source : sources.get(file))).append('\n');
        }
        if (dropped > 0) {
            sb.append("… and ").append(dropped).append(" more errors not shown\n");
        } else if (stopped) {
            sb.append("… checking stopped after ").append(errors).append(" errors; there may be more\n");
        }
        return sb.toString();
    }
}
