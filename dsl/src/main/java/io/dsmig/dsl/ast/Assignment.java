package io.dsmig.dsl.ast;

/** {@code NAME = value}, as in {@code load 'x.dsmig' with HLQ = 'PAYROLL'}. */
public record Assignment(Pos pos, Name name, Params.ParamValue value) {
}
