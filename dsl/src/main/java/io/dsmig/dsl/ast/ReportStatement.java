package io.dsmig.dsl.ast;

/** {@code report NAME to 'file.json'}: the migration's report as JSON. */
public record ReportStatement(Pos pos, Name migration, Str file) implements Statement {}
