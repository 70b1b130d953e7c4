package io.dsmig.engine

import io.dsmig.sim.kernel.SimTime
import spock.lang.Specification

/**
 * How the applications are asked to close (step g of the method) is the installation's close hook.
 * Here it is an operator who closes CICSPAY some time after being asked; the migration keeps
 * resyncing at its interval meanwhile, so that the window opens with few changed tracks.
 */
class CloseHookSpec extends Specification {

    Installation s = payroll()

    static Installation payroll() {
        def s = new Installation()
        s.dataSet("PAYROLL.ONLINE.MASTER", "SRC001", 4_000)
        s.dataSet("PAYROLL.ONLINE.LEDGER", "SRC002", 2_000)
        s.dataSet("PAYROLL.BATCH.HISTORY", "SRC003", 1_000)
        s.application("CICSPAY", "PAYROLL.ONLINE.**", 100)
        s
    }

    /** An operator who closes every holder {@code seconds} after being asked. */
    static CloseHook operatorAfter(double seconds) {
        { HookContext context ->
            context.log("operator will close the holders in ${seconds}s")
            context.later(SimTime.seconds(seconds)) { context.holders().each { it.requestClose() } }
        } as CloseHook
    }

    static MigrationRequest request(Installation s, long intervalSeconds, CloseHook hook) {
        s.request(MigrationOptions.DEFAULT.withVerify(true).withResyncInterval(SimTime.seconds(intervalSeconds)))
                .withCloseHook(hook)
    }

    def "an operator who closes the applications five minutes after being asked: the migration resyncs every interval meanwhile"() {
        when: "the migration runs with a 10s resync interval and the operator takes 300s"
        def m = s.runToEnd(s.engine.start(request(s, 10, operatorAfter(300))))
        def report = m.report()
        def starts = report.passes().findAll { it.kind() == "resync" && it.startNanos() >= report.closeRequestedNanos() }
                *.startNanos()
        def windowOpened = report.timeline().find { it.phase() == Phase.FINAL_RESYNC }.startNanos()
        def problems = s.problemsAfterSuccess(m)

        then: "the window opened only after the operator closed CICSPAY (300s, plus its 2s close)"
        windowOpened - report.closeRequestedNanos() >= SimTime.seconds(302)

        and: "meanwhile a resync pass started every 10s, no more and no less"
        starts.size() == 30
        [starts, starts.tail()].transpose().every { a, b -> b - a == SimTime.seconds(10) }

        and: "the migration completed, with the hook's line in its events"
        m.events().any { it.kind() == "hook" && it.message() == "operator will close the holders in 300.0s" }
        problems.empty
    }

    def "a shorter resync interval leaves fewer changed tracks when the window opens"() {
        given: "two identical installations whose operator takes 45s to close CICSPAY"
        def quick = payroll()
        def slow = payroll()

        when: "one migration resyncs every 2s, the other every 30s"
        def m2 = quick.runToEnd(quick.engine.start(request(quick, 2, operatorAfter(45))))
        def m30 = slow.runToEnd(slow.engine.start(request(slow, 30, operatorAfter(45))))

        then: "both completed"
        m2.succeeded() && m30.succeeded()

        and: "the 2s migration opened its window with far fewer changed tracks, and its final resync was shorter"
        m2.report().downtime().pendingTracksAtClose() * 5 < m30.report().downtime().pendingTracksAtClose()
        m2.report().downtime().finalResyncNanos() < m30.report().downtime().finalResyncNanos()
    }

    def "a close hook that #fails aborts the migration cleanly with the hook's message"() {
        given: "the target VTOCs and the catalog as they were"
        def before = s.before()

        when: "the migration runs until the hook fails"
        def m = s.runToEnd(s.engine.start(request(s, 10, hook)))
        s.runFor(10)
        def problems = s.problemsAfterAbort(m, before)

        then: "it aborted with the hook's message"
        m.phase() == Phase.ABORTED && m.failure() == failure

        and: "nothing is left, and CICSPAY runs again"
        problems.empty

        where:
        fails                      | hook                                                                                         || failure
        "throws"                   | { c -> throw new IllegalStateException("the operator console is down") } as CloseHook     || "the close hook failed: the operator console is down"
        "throws in a later action" | { c -> c.later(SimTime.seconds(5)) { throw new IllegalStateException("no reply") } } as CloseHook || "a hook's later action failed: no reply"
    }
}
