package io.dsmig.sim.app

import io.dsmig.sim.World
import io.dsmig.sim.dataset.NewDataSet
import io.dsmig.sim.geometry.DeviceType
import io.dsmig.sim.kernel.SimTime
import io.dsmig.sim.name.DataSetName
import io.dsmig.sim.name.Volser
import io.dsmig.sim.space.SpaceRequest
import io.dsmig.sim.volume.DcbAttributes
import io.dsmig.sim.volume.Dsorg

/** Small worlds for scenarios: two images, a few volumes, a few data sets with data. */
class LivingWorld {

    static World twoImages(long seed = 1) {
        def world = new World(seed)
        world.addImage("SYSA")
        world.addImage("SYSB")
        ["VOL001", "VOL002", "VOL003"].each { world.addVolume(it, DeviceType.D3390_3) }
        world
    }

    static DataSetName dataSet(World world, String name, String volser, int tracks, int secondary = 10,
            Dsorg dsorg = Dsorg.PS) {
        def ds = world.dataSets().allocate(new NewDataSet(DataSetName.of(name), dsorg, DcbAttributes.FB80,
                SpaceRequest.tracks(tracks, secondary), [Volser.of(volser)]))
        def volume = world.volume(volser)
        ds.extents().each { volume.tracks().fill(it.extent(), 99, 0, 2, 0, 27_920) }
        world.dataSets().setUsed(ds, tracks, 2)
        ds.name()
    }

    static long seconds(double s) {
        SimTime.seconds(s)
    }
}
