package io.dsmig.dsl.ast;

/** {@code show volume V [map] | datasets MASK | table NAME | timeline NAME | events NAME | applications | images | volumes | migrations | churn [NAME]}. */
public record ShowStatement(Pos pos, String what, String argument, Pos argumentPos, boolean map) implements Statement {}
