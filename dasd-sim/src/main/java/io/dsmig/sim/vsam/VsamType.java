package io.dsmig.sim.vsam;

import java.util.List;
import java.util.Locale;

/** The kind of a VSAM cluster, and so which components it has. */
public enum VsamType {
    /** Key-sequenced: a DATA and an INDEX component. */
    KSDS(List.of(ComponentKind.DATA, ComponentKind.INDEX)),
    /** Entry-sequenced: DATA only. */
    ESDS(List.of(ComponentKind.DATA)),
    /** Relative-record: DATA only. */
    RRDS(List.of(ComponentKind.DATA)),
    /** Linear: DATA only, 4 KiB control intervals. */
    LDS(List.of(ComponentKind.DATA));

    private final List<ComponentKind> components;

    VsamType(List<ComponentKind> components) {
        this.components = components;
    }

    public List<ComponentKind> components() {
        return components;
    }

    public static VsamType parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a VSAM cluster type (use KSDS, ESDS, RRDS or LDS)");
        }
    }
}
