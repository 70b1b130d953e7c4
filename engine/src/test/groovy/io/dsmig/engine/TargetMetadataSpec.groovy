package io.dsmig.engine

import io.dsmig.sim.name.DataSetName
import io.dsmig.sim.name.Volser
import spock.lang.Specification

/**
 * Targets are allocated empty; inside the downtime window the migration sets their end-of-file
 * pointers, and for VSAM their high-used RBA and statistics, from the sources (step 8 of the method).
 */
class TargetMetadataSpec extends Specification {

    Installation s = new Installation()

    def "after the switch a VSAM cluster's components carry their source's HURBA and statistics, a sequential data set its end of file"() {
        given: "a KSDS and a sequential data set half full, migrated with the sources kept for comparison"
        s.cluster("PAYROLL.ONLINE.KSDS", "SRC001", 90)
        s.dataSet("PAYROLL.BATCH.HISTORY", "SRC002", 120)
        def components = ["PAYROLL.ONLINE.KSDS.DATA", "PAYROLL.ONLINE.KSDS.INDEX"]
        def sourceRecords = components.collect { s.world.clusters().primaryRecord(DataSetName.of(it)) }
        def sourceEnd = s.describe("PAYROLL.BATCH.HISTORY").usedTracks()

        when: "the migration runs to the end"
        def m = s.runToEnd(s.engine.start(s.request(MigrationOptions.DEFAULT.withVerify(true).withKeepSource(true))))
        def targetRecords = components.collect { s.world.clusters().primaryRecord(DataSetName.of(it)) }

        then: "it completed and the components are cataloged on the target"
        m.succeeded() && components.every { s.onTargets(it) }

        and: "each target component has its source's HURBA and statistics, in a record on the target's VVDS"
        targetRecords*.highUsedRba() == sourceRecords*.highUsedRba()
        targetRecords*.statistics() == sourceRecords*.statistics()

        and: "the sequential data set ends where its source did"
        sourceEnd == 60 && s.describe("PAYROLL.BATCH.HISTORY").usedTracks() == sourceEnd
    }
}
