package io.dsmig.dsl.ast;

/** A rate: {@code 400 tracks/s}, {@code 4/min}. */
public record Rate(Pos pos, Num amount, Name per) {
}
