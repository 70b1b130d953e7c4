package io.dsmig.engine

import io.dsmig.sim.geometry.DeviceFamily
import io.dsmig.sim.geometry.DeviceType
import io.dsmig.sim.io.DeviceTiming
import io.dsmig.sim.io.TimingModel
import io.dsmig.sim.kernel.SimTime
import io.dsmig.sim.name.Volser
import spock.lang.Specification

/**
 * A migration that cannot catch up: CICSPAY rewrites 3,000 tracks at random, 200 a second, while the
 * target (an old 3380 that takes 50 ms to write a track, one at a time) takes only about 20 a second;
 * the source, a 3380 too, serves 64 I/Os at once, so CICSPAY's writes keep their pace. Each resync pass
 * leaves more changed tracks than the close threshold, so the migration must give up cleanly and say
 * why, in numbers, rather than resync for ever.
 */
class ConvergenceSpec extends Specification {

    Installation s = new Installation(sourceCount: 1, sourceType: DeviceType.D3380_K, targetType: DeviceType.D3380_K)

    def setup() {
        s.world.setTiming(TimingModel.DEFAULT.withDevice(DeviceFamily.D3380, new DeviceTiming(900_000, 50_000_000))
                .withServers(Volser.of("SRC001"), 64))
        s.dataSet("PAYROLL.ONLINE.MASTER", "SRC001", 6_000)
        s.world.dataSets().setUsed(s.describe("PAYROLL.ONLINE.MASTER"), 3_000, 2)
        s.application("CICSPAY", "PAYROLL.ONLINE.**", 200)
    }

    /** The two rates the failure message gives: the applications' change rate and the copy's. */
    static List<Double> rates(String failure) {
        def found = failure =~ /the applications changed ([\d,.]+) tracks\/s while the copy moved ([\d,.]+) tracks\/s/
        found ? [found[0][1], found[0][2]].collect { it.replace(",", "") as double } : []
    }

    def "an application writing faster than the copy can resync makes the migration give up #limit"() {
        given: "the target VTOC and the catalog as they were"
        def before = s.before()

        when: "the migration runs until it gives up"
        def m = s.engine.start(s.request(options))
        s.runToEnd(m)
        s.runFor(10)
        def problems = s.problemsAfterAbort(m, before)

        then: "it aborted saying it did not converge, and why"
        m.phase() == Phase.ABORTED
        m.failure().startsWith(start) && m.failure().contains("changed tracks remain against a close threshold of 500")

        and: "the message gives the rate CICSPAY really writes at (about 200 tracks/s) against the copy's (about 20)"
        rates(m.failure()).size() == 2
        rates(m.failure())[0] > 150 && rates(m.failure())[1] < 30

        and: "it left nothing behind, and CICSPAY never stopped"
        problems.empty && s.world.applications().get("CICSPAY").opens() == 1

        where:
        limit                     | options                                                                            || start
        "after its pass limit"    | MigrationOptions.DEFAULT.withPassLimit(3)                                          || "did not converge in 3 resync passes: the applications changed "
        "at its time limit"       | MigrationOptions.DEFAULT.withPassLimit(10_000).withTimeLimit(SimTime.seconds(600)) || "did not converge within its time limit of ${SimTime.format(SimTime.seconds(600))}: the applications changed "
    }
}
