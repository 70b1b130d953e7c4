package io.dsmig.engine;

import io.dsmig.sim.name.Volser;
import java.util.List;

/**
 * What a reconcile hook decides about one change: accept the default action; exclude the data set from
 * the migration (it stays where it is, its target is scratched); abort the migration; or accept but
 * place a new target on particular volumes.
 */
public final class Decision {

    /** The four answers. */
    public enum Kind { ACCEPT, EXCLUDE, ABORT, PLACE_ON }

    private static final Decision ACCEPT = new Decision(Kind.ACCEPT, "", List.of());

    private final Kind kind;
    private final String reason;
    private final List<Volser> volumes;

    private Decision(Kind kind, String reason, List<Volser> volumes) {
        this.kind = kind;
        this.reason = reason;
        this.volumes = List.copyOf(volumes);
    }

    public static Decision accept() {
        return ACCEPT;
    }

    public static Decision exclude(String reason) {
        return new Decision(Kind.EXCLUDE, reason, List.of());
    }

    public static Decision abort(String reason) {
        return new Decision(Kind.ABORT, reason, List.of());
    }

    public static Decision placeOn(List<Volser> volumes) {
        if (volumes.isEmpty()) {
            throw new IllegalArgumentException("place the data set on at least one volume");
        }
        return new Decision(Kind.PLACE_ON, "", volumes);
    }

    public Kind kind() {
        return kind;
    }

    public String reason() {
        return reason;
    }

    public List<Volser> volumes() {
        return volumes;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case ACCEPT -> "accept";
            case EXCLUDE -> "exclude (" + reason + ")";
            case ABORT -> "abort (" + reason + ")";
            case PLACE_ON -> "place on " + volumes;
        };
    }
}
