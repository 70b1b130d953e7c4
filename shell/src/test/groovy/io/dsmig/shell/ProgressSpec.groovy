package io.dsmig.shell

import io.dsmig.engine.MigrationStatus
import io.dsmig.engine.Phase
import io.dsmig.sim.kernel.SimTime
import spock.lang.Specification

/** The live status line keeps its figures in view on a narrow terminal: the bar gives way first. */
class ProgressSpec extends Specification {

    static final MigrationStatus COPYING = new MigrationStatus("PAYMIG", Phase.COPY, SimTime.seconds(125), 481_000,
            1_199_661, 2_345, 0, 1_050_000_000L, true, null)

    def "on a #columns-column terminal the line is #columns columns at most and still shows pending, the clock and the downtime"() {
        when:
        String text = Progress.line(COPYING, columns).toString()

        then:
        text.length() <= columns
        text.contains("pending 2,345") && text.contains("t=2m 05.0s") && text.contains("downtime ~1.1s")
        text.startsWith("PAYMIG   copy            ")

        where:
        columns << [80, 100, 120]
    }

    def "a wide terminal gets the whole bar, and a very narrow one keeps a short bar rather than none"() {
        expect:
        Progress.line(COPYING, 200).toString().count("█") + Progress.line(COPYING, 200).toString().count("░") == Progress.BAR
        Progress.line(COPYING, 40).toString().count("█") + Progress.line(COPYING, 40).toString().count("░") == Progress.BAR_MIN
    }
}
