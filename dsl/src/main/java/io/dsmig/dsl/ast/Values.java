package io.dsmig.dsl.ast;

import io.dsmig.sim.kernel.SimTime;
import io.dsmig.sim.name.Volser;
import java.util.stream.Collectors;

/** Resolving parameter references inside values. */
final class Values {

    private Values() {
    }

    static <T extends Params.ParamValue> T resolve(Params params, String name, Pos pos, Class<T> type, String kind) {
        Params.ParamValue v = params.get(name);
        if (v == null) {
            throw unknown(pos, name);
        }
        if (!type.isInstance(v)) {
            throw new ParamException(pos, "parameter " + name + " is " + v.kind() + ", but " + kind + " is needed here",
                    "give " + name + " " + kind + " as its value");
        }
        return type.cast(v);
    }

    static ParamException unknown(Pos pos, String name) {
        return new ParamException(pos, "no parameter named " + name + " is defined",
                "declare it first: param " + name + " = ...");
    }

    /** A parameter's value as text, for interpolation into a string. */
    static String text(Params.ParamValue v, Params params) {
        if (v instanceof Str s) {
            return s.value(params);
        }
        if (v instanceof Num n) {
            double d = n.value(params);
            return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
        }
        if (v instanceof Dur d) {
            return SimTime.format(d.value(params));
        }
        if (v instanceof Pct p) {
            return p.value(params) + "%";
        }
        return ((Vols) v).value(params).stream().map(Volser::value).collect(Collectors.joining(","));
    }
}
