package io.dsmig.dsl.ast;
import java.util.List;

/** {@code catalog 'UCAT.PAYROLL' [alias PAYROLL, …]}: a user catalog and its aliases. */
public record CatalogStatement(Pos pos, Str name, List<Name> aliases) implements Statement {
    public CatalogStatement {
        aliases = List.copyOf(aliases);
    }
}
