package io.dsmig.sim.services;

import io.dsmig.sim.app.Holder;
import io.dsmig.sim.name.DataSetName;
import java.util.List;

/** ENQs on data set names: who holds a data set, and taking and releasing one. */
public interface EnqService {

    List<Holder> holders(DataSetName name);

    void enqueue(DataSetName name, Holder holder);

    void dequeue(DataSetName name, Holder holder);
}
