package io.dsmig.engine

import spock.lang.Specification

/**
 * DESIGN §4 invariants 1-6 over many seeded runs of random installations, applications, churn, options
 * and faults (see {@link PropertyRun} and {@link InvariantCheck}, kept in Java for speed). A failure
 * prints {@code reproduce with seed=N}: {@code PropertyRun.replay(N, world -> {})} replays that run exactly
 * and keeps its world and migration to look at.
 */
class MigrationPropertySpec extends Specification {

    /** 300 by default; {@code -Ddsmig.property.seeds=N -Ddsmig.property.first=F} runs seeds F..F+N-1 instead. */
    static final int SEEDS = Integer.getInteger("dsmig.property.seeds", 300)
    static final long FIRST = Long.getLong("dsmig.property.first", 1)

    def "over #SEEDS random installations every migration keeps the invariants, whether it completes, aborts or is refused"() {
        when: "a migration runs on each seed's installation, faults injected in some"
        List<PropertyRun.Result> results = (FIRST..<FIRST + SEEDS).collect { PropertyRun.run(it as long) }
        def failed = results.findAll { !it.passed() }
        def counts = results.countBy { it.outcome() }
        def compared = results.sum { it.compared() }
        println "migration property: ${counts} over ${SEEDS} seeds; faults: ${results.countBy { it.fault().replaceAll(/ (at|SYS).*/, '') }}; " +
                "${compared} switched data sets compared track for track"
        failed.each { println "reproduce with seed=${it.seed()}: ${PropertyRun.describe(it)}" }

        then: "no run broke an invariant"
        failed.collect { "reproduce with seed=${it.seed()}: ${PropertyRun.describe(it)}".toString() } == []

        and: "both completed and aborted runs occurred, some were refused, and the targets were really compared"
        counts[PropertyRun.Outcome.COMPLETED] > 0 && counts[PropertyRun.Outcome.ABORTED] > 0
        counts[PropertyRun.Outcome.REFUSED] > 0 && compared > 0
    }
}
