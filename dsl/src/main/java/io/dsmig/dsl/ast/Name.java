package io.dsmig.dsl.ast;

import java.util.Locale;

/**
 * A bare name: a volser, an image, an application, a migration, a storage group. Compared in upper
 * case. Written {@code ${NAME}}, it is the value of a string parameter.
 */
public record Name(Pos pos, String text) {

    /** The name as written, in upper case (a parameter reference stays unresolved). */
    public String upper() {
        return text.toUpperCase(Locale.ROOT);
    }

    /** The name in upper case, a parameter reference resolved. */
    public String upper(Params params) {
        if (!isParam()) {
            return upper();
        }
        String param = text.substring(2, text.length() - 1).toUpperCase(Locale.ROOT);
        return Values.resolve(params, param, pos, Str.class, "a string").value(params).toUpperCase(Locale.ROOT);
    }

    public boolean isParam() {
        return text.startsWith("${");
    }

    @Override
    public String toString() {
        return text;
    }
}
