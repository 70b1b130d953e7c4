package io.dsmig.dsl.ast;

/** A duration ({@code 10s}, {@code 500ms}, {@code 1m30s}) in nanoseconds, or a parameter reference. */
public record Dur(Pos pos, long nanos, String param) implements Params.ParamValue {

    public long value(Params params) {
        return param == null ? nanos : Values.resolve(params, param, pos, Dur.class, "a duration").value(params);
    }

    @Override
    public String kind() {
        return "a duration";
    }
}
