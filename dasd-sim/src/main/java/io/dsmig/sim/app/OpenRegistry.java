package io.dsmig.sim.app;

import io.dsmig.sim.name.DataSetName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who holds which data set open, across the sysplex — the ENQs on data set names that tell a
 * migration whom to ask to close and when everyone has.
 */
public final class OpenRegistry {

    private final Map<DataSetName, List<Holder>> holders = new HashMap<>();

    /** Takes an ENQ on {@code name} for {@code holder} (shared with whoever holds it already). */
    public void enqueue(DataSetName name, Holder holder) {
        register(name, holder);
    }

    /** Releases {@code holder}'s ENQ on {@code name}. */
    public void dequeue(DataSetName name, Holder holder) {
        release(name, holder);
    }

    void register(DataSetName name, Holder holder) {
        holders.computeIfAbsent(name, n -> new ArrayList<>()).add(holder);
    }

    void release(DataSetName name, Holder holder) {
        List<Holder> list = holders.get(name);
        if (list != null) {
            list.remove(holder);
            if (list.isEmpty()) {
                holders.remove(name);
            }
        }
    }

    /** The holders of {@code name}, in the order they opened it; empty when nobody has it open. */
    public List<Holder> holders(DataSetName name) {
        return Collections.unmodifiableList(holders.getOrDefault(name, List.of()));
    }

    public boolean isOpen(DataSetName name) {
        return holders.containsKey(name);
    }

    public int openCount() {
        return holders.size();
    }
}
