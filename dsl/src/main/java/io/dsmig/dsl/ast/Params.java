package io.dsmig.dsl.ast;

import java.util.Map;

/**
 * The values of a script's parameters, by name, as the text a user would write (a quoted string, a
 * number, a duration, a percentage, or a volume list). Values in the AST that refer to a parameter
 * read it from here when they are evaluated.
 */
public interface Params {

    /** The parameter's value, or null when no parameter of that name is defined. */
    ParamValue get(String name);

    /** A parameter value, already parsed. */
    sealed interface ParamValue permits Str, Num, Dur, Pct, Vols {
        Pos pos();

        /** The kind in words, for messages: "a string", "a number"… */
        String kind();
    }

    Params NONE = name -> null;

    static Params of(Map<String, ParamValue> values) {
        return values::get;
    }
}
