package io.dsmig.sim.app

import io.dsmig.sim.World
import io.dsmig.sim.name.DataSetName
import spock.lang.Specification

import static io.dsmig.sim.app.EnqMode.EXCLUSIVE
import static io.dsmig.sim.app.EnqMode.SHARED
import static io.dsmig.sim.app.LivingWorld.seconds

/**
 * The ENQs on data set names (SYSDSN): shared for applications that have a data set open, exclusive
 * for batch jobs that change one and for a migration's downtime window; waiting requests are granted
 * in order, all their data sets together, the moment what stands in their way is released.
 */
class EnqSpec extends Specification {

    World world = new World(1)
    OpenRegistry enq = world.applications().openRegistry()
    DataSetName master = DataSetName.of("PAYROLL.MASTER")
    DataSetName ledger = DataSetName.of("PAYROLL.LEDGER")
    Holder cics = new Holder("SYSA", "CICSPAY")
    Holder batch = new Holder("SYSB", "BATCHPAY")
    Holder dsmig = new Holder("SYSA", "DSMIG:PAYMIG")
    Holder job = Holder.job("SYSB", "PAYJOB")

    def "two applications share a data set; a migration asking for it exclusively waits until the last one lets go, and has it that moment"() {
        given: "CICSPAY and BATCHPAY hold PAYROLL.MASTER shared"
        enq.tryEnqueue(master, cics, SHARED)
        enq.tryEnqueue(master, batch, SHARED)
        long grantedAt = -1

        when: "the migration asks for it exclusively at 1s"
        world.kernel().runFor(seconds(1))
        def request = enq.enqueue([master], dsmig, EXCLUSIVE) { grantedAt = world.kernel().nowNanos() }

        then: "it waits, and says for whom"
        request.waiting()
        request.blockers() == "PAYROLL.MASTER (held shared by CICSPAY on SYSA, BATCHPAY on SYSB)"

        when: "CICSPAY closes at 2s and BATCHPAY at 3s"
        world.kernel().runFor(seconds(1))
        enq.dequeue(master, cics)
        world.kernel().runFor(seconds(1))
        enq.dequeue(master, batch)

        then: "the request is granted inside BATCHPAY's release, but the migration is told only by an event"
        request.granted() && enq.holders(master) == [dsmig] && enq.mode(master).get() == EXCLUSIVE
        grantedAt == -1

        when:
        world.kernel().runFor(0)

        then: "told at 3s exactly"
        grantedAt == seconds(3)
    }

    def "an application reopening while a migration waits for its window queues behind it, so the migration is not overtaken"() {
        given: "CICSPAY holds PAYROLL.MASTER; the migration waits for it exclusively"
        enq.tryEnqueue(master, cics, SHARED)
        def window = enq.enqueue([master], dsmig, EXCLUSIVE) { }

        when: "BATCHPAY asks for it shared, which CICSPAY's hold alone would allow"
        def reopen = enq.enqueue([master], batch, SHARED) { }

        then: "it queues behind the migration, and RET=USE is refused too"
        reopen.waiting()
        reopen.blockers() == "PAYROLL.MASTER (queued behind DSMIG:PAYMIG on SYSA)"
        !enq.tryEnqueue(master, new Holder("SYSA", "OTHER"), SHARED)
        enq.waiters(master) == [dsmig, batch]

        when: "CICSPAY closes, and later the migration's window closes"
        enq.dequeue(master, cics)
        def duringWindow = enq.holders(master)
        enq.dequeue(master, dsmig)

        then: "the migration had it alone, then BATCHPAY got it"
        duringWindow == [dsmig]
        window.granted() && reopen.granted()
        enq.holders(master) == [batch]
    }

    def "a job asking for two data sets gets both together or waits holding neither"() {
        given: "CICSPAY holds PAYROLL.LEDGER"
        enq.tryEnqueue(ledger, cics, SHARED)

        when: "PAYJOB asks for PAYROLL.MASTER and PAYROLL.LEDGER exclusively (a rename, say)"
        def rename = enq.enqueue([master, ledger], job, EXCLUSIVE) { }

        then: "it waits for the ledger, holding no ENQ on the master meanwhile, only its place in the queue"
        rename.waiting()
        rename.blockers() == "PAYROLL.LEDGER (held shared by CICSPAY on SYSA)"
        !enq.isOpen(master) && enq.waiters(master) == [job]

        when: "CICSPAY closes the ledger"
        enq.dequeue(ledger, cics)

        then: "it holds both"
        enq.holders(master) == [job] && enq.holders(ledger) == [job]
        job.toString() == "job PAYJOB on SYSB"
    }

    def "a request withdrawn while it waits leaves the queue and lets those behind it through"() {
        given: "PAYJOB holds the master exclusively; the migration waits for it, and BATCHPAY behind the migration"
        enq.tryEnqueue(master, job, EXCLUSIVE)
        def window = enq.enqueue([master], dsmig, EXCLUSIVE) { assert false: "a withdrawn request is never told" }
        boolean batchTold = false
        def open = enq.enqueue([master], batch, SHARED) { batchTold = true }

        when: "the migration aborts and withdraws its request, then the job ends"
        window.cancel()
        enq.dequeue(master, job)
        world.kernel().runFor(0)

        then:
        window.state() == EnqRequest.State.CANCELLED
        open.granted() && batchTold
        enq.holders(master) == [batch]
        enq.waitingCount() == 0 && enq.waitsBegun() == 2
    }
}
