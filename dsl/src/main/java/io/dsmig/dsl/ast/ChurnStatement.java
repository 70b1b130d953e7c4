package io.dsmig.dsl.ast;
import java.util.List;

/** {@code churn NAME on MASKS using VOLS [rate N/min] [only KINDS] [from IMAGE]}: scheduled allocation changes. */
public record ChurnStatement(Pos pos, Name name, List<Str> masks, Vols volumes, Rate rate, List<Name> only, Name image) implements Statement {
    public ChurnStatement {
        masks = List.copyOf(masks);
        only = List.copyOf(only);
    }
}
