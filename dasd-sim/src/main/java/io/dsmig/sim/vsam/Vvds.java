package io.dsmig.sim.vsam;

import io.dsmig.sim.name.DataSetName;
import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A volume's VSAM volume data set (SYS1.VVDS.Vvolser): one {@link VvdsRecord} per VSAM component with
 * space on the volume. The VVDS is never copied in a merge; its records are recreated on the target.
 */
public final class Vvds {

    private final TreeMap<DataSetName, VvdsRecord> records = new TreeMap<>();

    public Optional<VvdsRecord> find(DataSetName component) {
        return Optional.ofNullable(records.get(component));
    }

    public Collection<VvdsRecord> records() {
        return Collections.unmodifiableCollection(records.values());
    }

    public int size() {
        return records.size();
    }

    /** Adds or replaces the record of its component. */
    public void put(VvdsRecord record) {
        records.put(record.component(), record);
    }

    public void remove(DataSetName component) {
        records.remove(component);
    }
}
