package io.dsmig.engine

import io.dsmig.sim.kernel.SimTime
import spock.lang.Specification

/**
 * What a resync pass reports about itself: the tracks that pass copied and the time that pass took.
 * Found in the field as "resync: pass 1 copied 1,652 tracks in 1ns" while a churn job ran on a source
 * volume: a pass with nothing to copy finished at once and reported the bulk copy's tracks.
 */
class ResyncPassSpec extends Specification {

    Installation s = new Installation()

    def setup() {
        s.dataSet("PAYROLL.ONLINE.MASTER", "SRC001", 600)
        s.dataSet("PAYROLL.BATCH.HISTORY", "SRC002", 300)
    }

    /** The resync and final passes, as the report lists them. */
    static List<MigrationReport.Pass> passes(Migration m, String kind) {
        m.report().passes().findAll { it.kind() == kind }
    }

    def "a resync pass with nothing changed says it copied nothing, in no time"() {
        given: "nothing writes the data sets while they are copied"

        when: "the migration runs to the end"
        def m = s.runToEnd(s.engine.start(s.request()))
        def first = passes(m, "resync")[0]

        then: "it completed, and its first resync pass copied no track and took no time"
        s.problemsAfterSuccess(m).empty
        first.tracks() == 0 && first.endNanos() == first.startNanos()

        and: "its event says so, not the bulk copy's 900 tracks"
        m.events().any { it.kind() == "resync" && it.message() == "pass 1 copied 0 tracks in 0s; 0 changed since" }
        !m.events().any { it.message().contains("1ns") }
    }

    def "while a batch job allocates on a source volume, each pass reports the tracks it copied and the time it took"() {
        given: "CICSPAY rewrites its master 100 times a second, and a job allocates and loads a new data set on SRC003"
        s.application("CICSPAY", "PAYROLL.ONLINE.**", 100)
        def m = s.engine.start(s.request(MigrationOptions.DEFAULT.withVerify(true).withCloseThreshold(5)))
        s.whenPhase(m, Phase.RESYNC) { s.allocateAndLoad("PAYROLL.BATCH.NEW1", "SRC003", 60) }

        when: "the migration runs to the end"
        s.runToEnd(m)
        def copying = m.report().passes().findAll { it.tracks() > 0 }

        then: "it completed and nothing was lost"
        s.problemsAfterSuccess(m).empty

        and: "every pass that copied tracks took time, at no more than the target can write (1.2 ms a track)"
        !copying.empty
        copying.every { it.endNanos() - it.startNanos() >= it.tracks() * 1_200_000L }

        and: "no pass reports the bulk copy's tracks as its own"
        passes(m, "resync").every { it.tracks() < m.report().tracksCopied() }

        and: "each resync event gives its pass's own tracks and duration"
        passes(m, "resync").every { p ->
            m.events().any { it.kind() == "resync" && it.message().startsWith(String.format(Locale.ROOT,
                    "pass %d copied %,d tracks in %s;", p.number(), p.tracks(), SimTime.format(p.endNanos() - p.startNanos()))) }
        }
    }

    def "a close that never comes, resyncing every millisecond, keeps a bounded record of its passes and counts them all"() {
        given: "CICSPAY writing, and a close hook that asks nobody, so the migration waits with a resync every 1 ms"
        s.application("CICSPAY", "PAYROLL.ONLINE.**", 50)
        def m = s.engine.start(s.request(MigrationOptions.DEFAULT.withResyncInterval(SimTime.millis(1)))
                .withCloseHook({ } as CloseHook))

        when: "it waits for 30 simulated seconds"
        s.runTo(m, Phase.CLOSE)
        s.runFor(30)

        then: "it is still waiting, after more than 10,000 resync passes"
        m.phase() == Phase.CLOSE && m.status().passes() > 10_000

        and: "the report keeps at most 10,000 passes and samples, spread over the whole wait"
        m.report().passes().size() <= 10_000 && m.report().pendingOverTime().size() <= 10_000
        m.report().passes().last().endNanos() == m.report().pendingOverTime().last().timeNanos()
    }
}
