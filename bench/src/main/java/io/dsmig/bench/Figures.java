package io.dsmig.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Named figures of one benchmark run, in the order they were added. Units go last in the names. */
public final class Figures {

    private final Map<String, Double> values = new LinkedHashMap<>();
    private final Map<String, String> notes = new LinkedHashMap<>();

    public Figures put(String name, double value) {
        values.put(name, value);
        return this;
    }

    /** A figure with a short explanation printed beside it in the table (not in JSON). */
    public Figures put(String name, double value, String note) {
        notes.put(name, note);
        return put(name, value);
    }

    public double get(String name) {
        Double v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no figure named " + name);
        }
        return v;
    }

    public Map<String, Double> values() {
        return Collections.unmodifiableMap(values);
    }

    public String note(String name) {
        return notes.getOrDefault(name, "");
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
