package io.dsmig.sim.vsam;

/** A VSAM component: the data or the index of a cluster or alternate index. */
public enum ComponentKind {
    DATA, INDEX;

    /** The default last qualifier of a component's name. */
    public String suffix() {
        return name();
    }
}
