package io.dsmig.dsl.ast;

/** {@code image NAME down|up}: take an image down or bring it up. */
public record ImageControlStatement(Pos pos, Name image, boolean up) implements Statement {}
