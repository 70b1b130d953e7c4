package io.dsmig.engine;

import io.dsmig.sim.name.Volser;
import java.util.List;

/**
 * A migration to run: its name, what it moves, the target volumes, its options, its hooks, and the
 * image it runs on (null: the first image that reaches every source and target volume).
 *
 * <pre>{@code
 * MigrationRequest.of("PAYMIG", Selection.masks("PAYROLL.**"), List.of(Volser.of("BIG001")))
 *     .withOptions(MigrationOptions.DEFAULT.withVerify(true))
 * }</pre>
 */
public record MigrationRequest(String name, Selection selection, List<Volser> targets, MigrationOptions options,
        CloseHook closeHook, ReconcileHook reconcileHook, String image) {

    public MigrationRequest {
        targets = List.copyOf(targets);
        if (name == null || !name.matches("[A-Za-z#@$][A-Za-z0-9#@$_-]{0,15}")) {
            throw new IllegalArgumentException("'" + name + "' is not a valid migration name (1 to 16 characters, "
                    + "starting with a letter)");
        }
        if (targets.isEmpty()) {
            throw new IllegalArgumentException(name + ": name at least one target volume");
        }
        if (targets.stream().distinct().count() != targets.size()) {
            throw new IllegalArgumentException(name + ": a target volume is named twice");
        }
    }

    public static MigrationRequest of(String name, Selection selection, List<Volser> targets) {
        return new MigrationRequest(name, selection, targets, MigrationOptions.DEFAULT, CloseHook.ASK_HOLDERS,
                ReconcileHook.ACCEPT_ALL, null);
    }

    public MigrationRequest withOptions(MigrationOptions value) {
        return new MigrationRequest(name, selection, targets, value, closeHook, reconcileHook, image);
    }

    public MigrationRequest withCloseHook(CloseHook value) {
        return new MigrationRequest(name, selection, targets, options, value, reconcileHook, image);
    }

    public MigrationRequest withReconcileHook(ReconcileHook value) {
        return new MigrationRequest(name, selection, targets, options, closeHook, value, image);
    }

    public MigrationRequest withImage(String value) {
        return new MigrationRequest(name, selection, targets, options, closeHook, reconcileHook, value);
    }
}
