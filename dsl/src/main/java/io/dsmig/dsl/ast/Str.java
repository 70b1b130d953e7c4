package io.dsmig.dsl.ast;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quoted string (a data set name, a mask, a file name), or a parameter reference. Inside a quoted
 * string, {@code ${NAME}} is replaced by the parameter's value.
 */
public record Str(Pos pos, String literal, String param) implements Params.ParamValue {

    private static final Pattern REF = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    public static Str of(Pos pos, String literal) {
        return new Str(pos, literal, null);
    }

    public String value(Params params) {
        if (param != null) {
            return Values.resolve(params, param, pos, Str.class, "a string").value(params);
        }
        Matcher m = REF.matcher(literal);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).toUpperCase(java.util.Locale.ROOT);
            Params.ParamValue v = params.get(name);
            if (v == null) {
                throw Values.unknown(pos, name);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(Values.text(v, params)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    @Override
    public String kind() {
        return "a string";
    }
}
