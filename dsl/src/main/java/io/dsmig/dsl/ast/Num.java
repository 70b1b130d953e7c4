package io.dsmig.dsl.ast;

/** A number, or a parameter reference. */
public record Num(Pos pos, double literal, String param) implements Params.ParamValue {

    public double value(Params params) {
        return param == null ? literal : Values.resolve(params, param, pos, Num.class, "a number").value(params);
    }

    /** The value as a whole number; the checker rejects fractions where whole numbers are wanted. */
    public long longValue(Params params) {
        return Math.round(value(params));
    }

    @Override
    public String kind() {
        return "a number";
    }
}
