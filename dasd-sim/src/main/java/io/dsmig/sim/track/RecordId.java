package io.dsmig.sim.track;

import io.dsmig.sim.geometry.Cchh;

/** A record's id as its count field holds it: cylinder, head and record number (CCHHR). */
public record RecordId(Cchh cchh, int record) {

    @Override
    public String toString() {
        return cchh + "/" + record;
    }
}
