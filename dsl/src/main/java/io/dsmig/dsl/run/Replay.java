package io.dsmig.dsl.run;

import io.dsmig.dsl.Output;
import io.dsmig.dsl.ast.RunStatement;
import java.nio.file.Path;
import java.util.List;

/**
 * A copy of the world as it stood after some of the statements that ran: a fresh runtime from the
 * same seed runs them again, silently. A {@code run} is replayed to the event and the time at which
 * the original stopped (Ctrl-C may have stopped it early), so the copy is exact. While the copy
 * lives, Ctrl-C on the original reaches it. What-ifs and rehearsals run their migrations in copies.
 */
final class Replay implements AutoCloseable {

    /** Ctrl-C stopped the copy: what it would have shown is incomplete. */
    static final class Interrupted extends RuntimeException {
        Interrupted() {
            super("interrupted", null, false, false);
        }
    }

    private final Runtime original;
    private final Runtime copy;

    private Replay(Runtime original) {
        this.original = original;
        this.copy = new Runtime(Output.NONE, original.groovy(), original.seedOverride());
        original.addCopy(copy);
    }

    /** The world after {@code prefix}, the first statements of {@code original}'s history. */
    static Replay of(Runtime original, List<Runtime.Executed> prefix) {
        Replay r = new Replay(original);
        try {
            r.copy.seed(original.seed());
            for (Runtime.Executed e : prefix) {
                r.replay(e);
            }
            return r;
        } catch (RuntimeException e) {
            r.close();
            throw e;
        }
    }

    private void replay(Runtime.Executed e) {
        if (e.statement() instanceof RunStatement && e.eventsAfter() >= 0) {
            if (!copy.advanceTo(e.eventsAfter(), e.nanosAfter())) {
                throw new Interrupted();
            }
        } else {
            new Executor(copy, Path.of(".")).execute(e.script(), e.statement());
        }
        if (copy.cancelled()) {
            throw new Interrupted();
        }
    }

    Runtime runtime() {
        return copy;
    }

    @Override
    public void close() {
        original.removeCopy(copy);
    }
}
