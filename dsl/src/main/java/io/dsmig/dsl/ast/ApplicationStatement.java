package io.dsmig.dsl.ast;
import java.util.List;

/** {@code application NAME on IMAGE opens MASKS [writes N tracks/s] [hot N% [of N%]] [uniform|append] [reads N%] [records] [buffered [flush every D]] [close takes D] [open takes D] [max N datasets] [stopped]}. */
public record ApplicationStatement(Pos pos, Name name, Name image, List<Str> masks, Rate writes, Pct hot, Pct hotShare, String distribution, Pct reads, boolean records, boolean buffered, Dur flushEvery, Dur closeTakes, Dur openTakes, Num max, boolean stopped) implements Statement {
    public ApplicationStatement {
        masks = List.copyOf(masks);
    }
}
