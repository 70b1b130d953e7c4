package io.dsmig.engine;

import java.util.List;

/**
 * A migration that cannot start: its assessment found problems (a data set partly outside the source
 * volumes, an incomplete VSAM sphere, no room on the targets, an image that cannot host a monitor…).
 * Nothing was allocated and nothing changed. Each problem is a sentence a user can act on.
 */
public final class MigrationRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public MigrationRefusedException(String migration, List<String> problems) {
        super(migration + " cannot start: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
