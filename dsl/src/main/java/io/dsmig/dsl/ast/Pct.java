package io.dsmig.dsl.ast;

/** A percentage ({@code 60%}) as written, or a parameter reference. */
public record Pct(Pos pos, double percent, String param) implements Params.ParamValue {

    public double value(Params params) {
        return param == null ? percent : Values.resolve(params, param, pos, Pct.class, "a percentage").value(params);
    }

    /** The percentage as a share from 0 to 1. */
    public double share(Params params) {
        return value(params) / 100.0;
    }

    @Override
    public String kind() {
        return "a percentage";
    }
}
