package io.dsmig.dsl.ast;
import java.util.List;

/** {@code image SYSA, SYSB [no monitor]}: system images of the sysplex. */
public record ImageStatement(Pos pos, List<Name> names, boolean noMonitor) implements Statement {
    public ImageStatement {
        names = List.copyOf(names);
    }
}
