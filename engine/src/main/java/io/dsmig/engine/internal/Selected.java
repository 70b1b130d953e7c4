package io.dsmig.engine.internal;

import io.dsmig.sim.dataset.DataSet;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.vsam.VvdsRecord;

/**
 * A data set with space that a migration moves, as its metadata stood when it was read: the data
 * set (catalog entry and VTOC entries), and for a VSAM component its primary VVDS record.
 */
record Selected(DataSet dataSet, VvdsRecord vvds) {

    DataSetName name() {
        return dataSet.name();
    }

    boolean vsam() {
        return vvds != null;
    }

    long tracks() {
        return dataSet.trackCount();
    }
}
