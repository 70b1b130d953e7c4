package io.dsmig.engine

import io.dsmig.sim.geometry.DeviceType
import io.dsmig.sim.name.DataSetName
import io.dsmig.sim.name.Volser
import spock.lang.Specification

import static io.dsmig.engine.ChangeKind.EXTENTS_ADDED

/**
 * A data set extends onto a volume outside the source set while it is mirrored (seed 002 [0032]).
 * The engine's decision: add the volume to the monitored set — the data set still migrates whole,
 * its new piece copied like any other extent, and that piece is scratched with the rest of the
 * source after the switch. The volume may be online to an image that had no monitor yet: one is
 * started there, or, if the image cannot host one, the migration aborts.
 *
 * SRC001, SRC002 and TGT001 are online to SYSA only; OUT001 to SYSA and SYSB.
 */
class MonitoredVolumesSpec extends Specification {

    static final String GROW = "PAYROLL.BATCH.GROW"
    static final Volser OUT001 = Volser.of("OUT001")

    Installation s = new Installation(sourceCount: 2)

    def setup() {
        s.world.addVolume(OUT001.value(), DeviceType.D3390_1)
        (s.sources + s.targets).each { s.world.sysplex().setOnline(it, ["SYSA"]) }
        s.world.sysplex().setOnline(OUT001, ["SYSA", "SYSB"])
        s.dataSet("PAYROLL.ONLINE.MASTER", "SRC001", 300)
        s.dataSet(GROW, "SRC002", 100)
        s.application("CICSPAY", "PAYROLL.ONLINE.**", 50)
    }

    /** As the copy starts, a job extends GROW by 30 tracks on OUT001 and loads them. */
    Migration startAndExtend() {
        def m = s.engine.start(s.request())
        s.whenPhase(m, Phase.COPY) {
            s.world.dataSets().extendOnNewVolume(DataSetName.of(GROW), OUT001, 30)
            s.load(DataSetName.of(GROW), 100, 30)
        }
        m
    }

    def "a data set extending onto a volume online to an unmonitored image brings that image a monitor, and migrates whole"() {
        given: "the extension, and a job on SYSB rewriting part of the new piece once close has been asked for"
        def m = startAndExtend()
        s.whenPhase(m, Phase.CLOSE) { s.load(DataSetName.of(GROW), 110, 10, "SYSB") }
        def saved = s.contentsAtWindow(m, [GROW])
        def monitorsAtStart = null
        s.whenPhase(m, Phase.COPY) { monitorsAtStart = s.monitoredImages() }

        when: "the migration runs to the end"
        s.runToEnd(m)
        def problems = s.targetDifferences(saved) + s.problemsAfterSuccess(m)

        then: "only SYSA was monitored at first; SYSB got a monitor while mirroring, when the extension was reconciled"
        monitorsAtStart == ["SYSA"]
        m.events().find { it.message() == "monitor started on SYSB" }?.phase() == Phase.RESYNC

        and: "the new piece was added to the target and copied"
        Installation.actions(m, EXTENTS_ADDED)*.action() == ["target extended on TGT001, 30 tracks copied"]

        and: "the data set is cataloged on TGT001 alone, holding every track as it was at close (SYSB's writes too)"
        s.world.catalogs().locate(DataSetName.of(GROW)).get().volumes() == [Volser.of("TGT001")]
        problems.empty

        and: "its piece on OUT001 was scratched after the switch, and every monitor is gone"
        !s.world.volume("OUT001").vtoc().contains(DataSetName.of(GROW)) && s.monitoredImages().empty
    }

    def "a data set extending onto a volume online to an image that cannot host a monitor aborts the migration, naming the image"() {
        given: "SYSB cannot host an I/O monitor, and the catalog and target VTOC as they were"
        s.world.image("SYSB").setCanHostMonitor(false)
        def before = s.before()

        when: "the migration runs, and the extension is reconciled"
        def m = startAndExtend()
        s.runToEnd(m)
        s.runFor(10)
        def problems = s.problemsAfterAbort(m, before, [GROW])

        then: "it aborted, naming SYSB and why"
        m.phase() == Phase.ABORTED
        m.failure() == "SYSB can write a source volume but cannot host an I/O monitor (SYSB cannot host an I/O monitor)"

        and: "cleanly: no target, no monitor, the catalog as it was, CICSPAY running, every write readable"
        problems.empty

        and: "the data set stays where the job put it"
        s.world.catalogs().locate(DataSetName.of(GROW)).get().volumes() == [Volser.of("SRC002"), OUT001]
    }
}
