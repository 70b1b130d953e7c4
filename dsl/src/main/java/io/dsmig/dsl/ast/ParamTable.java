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

    public ParamTable(Map<String, ParamValue> overrides) {
        this.overrides = new LinkedHashMap<>(overrides);
    }

    /** Defines a parameter: the override wins over the default. Returns the value in effect. */
    public ParamValue define(String name, ParamValue defaultValue) {
        ParamValue v = overrides.getOrDefault(name, defaultValue);
        values.put(name, v);
        return v;
    }

    public boolean defined(String name) {
        return values.containsKey(name);
    }

    /** Overrides that no {@code param} statement defined: typos on the command line. */
    public Map<String, ParamValue> unusedOverrides() {
        Map<String, ParamValue> unused = new LinkedHashMap<>(overrides);
        unused.keySet().removeAll(values.keySet());
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
