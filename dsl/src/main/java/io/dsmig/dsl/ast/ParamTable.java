package io.dsmig.dsl.ast;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A script's parameters as it runs: each {@code param} statement defines one with its default, unless
 * the command line (or a {@code load … with}) already set it.
 */
public final class ParamTable implements Params {

    private final Map<String, ParamValue> values = new LinkedHashMap<>();
    private final Map<String, ParamValue> overrides;
    private final Map<String, String> raw;

    /** Parameters with values set by a {@code load … with} (already typed). */
    public ParamTable(Map<String, ParamValue> overrides) {
        this(overrides, Map.of());
    }

    /**
     * Parameters with values from the command line ({@code raw}, read as the kind of each parameter's
     * default when it is defined) and from a {@code load … with} ({@code overrides}).
     */
    public ParamTable(Map<String, ParamValue> overrides, Map<String, String> raw) {
        this.overrides = new LinkedHashMap<>(overrides);
        this.raw = new LinkedHashMap<>(raw);
    }

    /** The command line's text for {@code name}, not yet read as a value; null if none. */
    public String raw(String name) {
        return raw.get(name);
    }

    /** Defines a parameter: an override wins over the default. Returns the value in effect. */
    public ParamValue define(String name, ParamValue defaultValue) {
        ParamValue v = overrides.getOrDefault(name, defaultValue);
        values.put(name, v);
        return v;
    }

    /** The value a {@code load … with} gives {@code name}, or null. */
    public ParamValue override(String name) {
        return overrides.get(name);
    }

    /** Forgets the override of {@code name} (it was of the wrong kind and has been reported). */
    public void dropOverride(String name) {
        overrides.remove(name);
    }

    public boolean defined(String name) {
        return values.containsKey(name);
    }

    /** Overrides that no {@code param} statement defined: typos on the command line. */
    public java.util.Set<String> unusedOverrides() {
        java.util.Set<String> unused = new java.util.TreeSet<>(overrides.keySet());
        unused.addAll(raw.keySet());
        unused.removeAll(values.keySet());
        return unused;
    }

    @Override
    public ParamValue get(String name) {
        return values.get(name);
    }

    public Map<String, ParamValue> values() {
        return Map.copyOf(values);
    }
}
