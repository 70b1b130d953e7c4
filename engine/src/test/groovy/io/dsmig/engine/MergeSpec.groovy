package io.dsmig.engine

import io.dsmig.sim.name.Mask
import spock.lang.Specification

class MergeSpec extends Specification {

    def "four volumes merge onto one while CICS keeps writing, and nothing is lost"() {
        given: "PAYROLL.** on four 3390-1 volumes, and CICSPAY writing 100 tracks a second"
        def s = new Scenario().withApplication()

        when: "the merge to TGT001 runs to the end"
        def m = s.runToEnd(s.engine.start(s.request("PAYMIG", MigrationOptions.DEFAULT.withVerify(true))))
        s.runFor(30)

        then: "it completed, every data set is cataloged on the target, and every write reads back"
        m.succeeded()
        s.world.catalogs().matching(Mask.parse("PAYROLL.**")).findAll { it.type().hasVolumes() }
                .every { it.volumes() == s.targets }
        m.report().verification().passed()
        s.world.verifyWrites().passed()
        s.world.verify()
    }
}
