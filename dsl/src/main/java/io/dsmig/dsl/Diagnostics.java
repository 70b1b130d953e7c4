package io.dsmig.dsl;

import io.dsmig.dsl.ast.Pos;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Diagnostics collected over a run, up to a cap: past {@link #ERRORS_MAX} errors the rest are counted
 * but not kept, so one broken script does not flood the terminal.
 */
public final class Diagnostics {

    public static final int ERRORS_MAX = 25;

    private final List<Diagnostic> list = new ArrayList<>();
    private int errors;
    private int dropped;

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

    public void addAll(Diagnostics other) {
        other.list.forEach(this::add);
        dropped += other.dropped;
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    public int errorCount() {
        return errors;
    }

    /** Whether the cap was reached and more errors were dropped. */
    public boolean full() {
        return errors >= ERRORS_MAX;
    }

    public List<Diagnostic> all() {
        return Collections.unmodifiableList(list);
    }

    /** Every diagnostic formatted against its source, then a count of any dropped. */
    public String format(Source source) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : list) {
            sb.append(d.format(source)).append('\n');
        }
        if (dropped > 0) {
            sb.append("… and ").append(dropped).append(" more errors not shown\n");
        }
        return sb.toString();
    }
}
