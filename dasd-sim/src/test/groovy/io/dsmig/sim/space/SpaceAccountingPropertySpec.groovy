package io.dsmig.sim.space

import io.dsmig.sim.DasdException
import io.dsmig.sim.World
import io.dsmig.sim.dataset.NewDataSet
import io.dsmig.sim.geometry.DeviceType
import io.dsmig.sim.name.DataSetName
import io.dsmig.sim.name.Volser
import io.dsmig.sim.volume.DcbAttributes
import io.dsmig.sim.volume.Dsorg
import io.dsmig.sim.volume.Volume
import groovy.transform.CompileStatic
import spock.lang.Specification

/**
 * After any sequence of allocate, extend, release, delete and rename, no two extents overlap and
 * free plus allocated space equals the volume's size — checked independently of the volume's own
 * bookkeeping, with a bit per track.
 */
class SpaceAccountingPropertySpec extends Specification {

    static final int SEEDS = 500
    static final int STEPS = 120

    def "no sequence of space requests breaks the volume's space accounting"() {
        given: "counters of what happened across all seeds"
        int accepted = 0
        int rejected = 0

        when: "500 seeded random sequences run"
        for (long seed = 1; seed <= SEEDS; seed++) {
            def outcome = runSequence(seed)
            accepted += outcome[0]
            rejected += outcome[1]
        }

        then: "both accepted and rejected requests occurred"
        accepted > SEEDS * 10
        rejected > SEEDS
    }

    /** Returns [accepted, rejected]; fails with the seed to reproduce with. */
    @CompileStatic
    static List<Integer> runSequence(long seed) {
        def random = new Random(seed)
        def world = new World(seed)
        world.addVolume("SMALL1", DeviceType.D3390_1)
        world.addVolume("MID001", DeviceType.D3390_3)
        world.addVolume("EAV001", DeviceType.eav(65_520 + 21 * 40))
        def volsers = world.volumes().volsers()
        List<DataSetName> names = []
        int accepted = 0
        int rejected = 0
        for (int step = 0; step < STEPS; step++) {
            try {
                perform(world, random, volsers, names)
                accepted++
            } catch (DasdException | IllegalArgumentException e) {
                rejected++
            }
            world.volumes().all().each { v ->
                String problem = SpaceAudit.check(v)
                assert problem == null: "reproduce with seed=$seed (step $step): $problem"
            }
        }
        world.verify()
        return [accepted, rejected]
    }

    @CompileStatic
    static void perform(World world, Random random, List<Volser> volsers, List<DataSetName> names) {
        int op = names.isEmpty() ? 0 : random.nextInt(10)
        if (op <= 3) {
            def name = DataSetName.of("PROP.D" + random.nextInt(100_000))
            def dsorg = [Dsorg.PS, Dsorg.PS, Dsorg.PO, Dsorg.PS_E, Dsorg.DA][random.nextInt(5)]
            def space = random.nextBoolean()
                    ? SpaceRequest.tracks(1 + random.nextInt(3_000), random.nextInt(500))
                    : SpaceRequest.cylinders(1 + random.nextInt(300), random.nextInt(50))
            if (random.nextInt(8) == 0) {
                space = space.withContiguous(true)
            }
            List<Volser> vols = [volsers[random.nextInt(volsers.size())]]
            if (dsorg.multiVolume() && random.nextBoolean()) {
                vols += volsers.findAll { it != vols[0] }
            }
            world.dataSets().allocate(new NewDataSet(name, dsorg, DcbAttributes.FB80, space, vols))
            names << name
            return
        }
        def name = names[random.nextInt(names.size())]
        switch (op) {
            case 4..6 -> world.dataSets().extend(name)
            case 7 -> world.dataSets().release(name, random.nextInt(world.dataSets().describe(name).trackCount() + 1))
            case 8 -> { world.dataSets().delete(name); names.remove(name) }
            default -> {
                def to = DataSetName.of("PROP.R" + random.nextInt(100_000))
                world.dataSets().rename(name, to)
                names[names.indexOf(name)] = to
            }
        }
    }
}
