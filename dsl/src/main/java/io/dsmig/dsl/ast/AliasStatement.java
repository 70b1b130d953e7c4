package io.dsmig.dsl.ast;
import java.util.List;

/** {@code alias PAYROLL to 'UCAT.PAYROLL'}: aliases of a user catalog. */
public record AliasStatement(Pos pos, List<Name> aliases, Str catalog) implements Statement {
    public AliasStatement {
        aliases = List.copyOf(aliases);
    }
}
