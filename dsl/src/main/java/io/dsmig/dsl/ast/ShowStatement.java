package io.dsmig.dsl.ast;

/**
 * {@code show volume V [map] | datasets MASK | table NAME | timeline NAME | events NAME | applications | images | volumes | migrations | churn [NAME]}.
 * The mask of {@code show datasets} is kept as a {@link Str}, so parameters in it resolve like anywhere else.
 */
public record ShowStatement(Pos pos, String what, String argument, Pos argumentPos, boolean map, Str mask)
        implements Statement {

    public ShowStatement(Pos pos, String what, String argument, Pos argumentPos, boolean map) {
        this(pos, what, argument, argumentPos, map, null);
    }
}
