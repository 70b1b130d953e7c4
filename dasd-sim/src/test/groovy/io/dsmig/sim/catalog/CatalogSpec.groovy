package io.dsmig.sim.catalog

import io.dsmig.sim.name.DataSetName
import io.dsmig.sim.name.Mask
import io.dsmig.sim.name.Volser
import spock.lang.Specification

class CatalogSpec extends Specification {

    def catalogs = new CatalogSystem("CATALOG.MASTER")
    def vol1 = Volser.of("VOL001")
    def vol2 = Volser.of("VOL002")

    static DataSetName dsn(String s) { DataSetName.of(s) }

    def setup() {
        catalogs.defineUserCatalog("UCAT.PAYROLL")
        catalogs.defineAlias("PAYROLL", "UCAT.PAYROLL")
    }

    def "a name under an alias is cataloged in the alias's user catalog, others in the master"() {
        when:
        catalogs.define(CatalogEntry.nonVsam(dsn("PAYROLL.MASTER"), [vol1], []))
        catalogs.define(CatalogEntry.nonVsam(dsn("SYS1.PARMLIB"), [vol2], []))

        then:
        catalogs.userCatalog("UCAT.PAYROLL").find(dsn("PAYROLL.MASTER")).isPresent()
        catalogs.master().find(dsn("SYS1.PARMLIB")).isPresent()
        catalogs.locate(dsn("PAYROLL.MASTER")).get().volumes() == [vol1]
    }

    def "defining a name twice is a catalog conflict that names the catalog"() {
        given:
        catalogs.define(CatalogEntry.nonVsam(dsn("PAYROLL.MASTER"), [vol1], []))

        when:
        catalogs.define(CatalogEntry.nonVsam(dsn("PAYROLL.MASTER"), [vol2], []))

        then:
        def e = thrown(CatalogConflictException)
        e.message == "PAYROLL.MASTER is already cataloged in user catalog UCAT.PAYROLL"
    }

    def "a rename may not move an entry to another catalog"() {
        given:
        catalogs.define(CatalogEntry.nonVsam(dsn("PAYROLL.MASTER"), [vol1], []))

        when:
        catalogs.rename(dsn("PAYROLL.MASTER"), dsn("OTHER.MASTER"))

        then:
        def e = thrown(CatalogConflictException)
        e.message.contains("the new name belongs in master catalog CATALOG.MASTER")
    }

    def "a rename within the catalog moves the record to its new key"() {
        given:
        catalogs.define(CatalogEntry.nonVsam(dsn("PAYROLL.MASTER"), [vol1], []))

        when:
        catalogs.rename(dsn("PAYROLL.MASTER"), dsn("PAYROLL.OLD"))

        then:
        catalogs.locate(dsn("PAYROLL.MASTER")).isEmpty()
        catalogs.locate(dsn("PAYROLL.OLD")).get().volumes() == [vol1]
    }

    def "an image's cache keeps serving a record changed in place until it is invalidated"() {
        given: "SYSA has read PAYROLL.MASTER into its cache"
        catalogs.define(CatalogEntry.nonVsam(dsn("PAYROLL.MASTER"), [vol1], []))
        def sysa = catalogs.newCache("SYSA")
        sysa.lookup(dsn("PAYROLL.MASTER"))

        when: "the volume cells are rewritten directly in the catalog record"
        catalogs.alterVolumeCellsInPlace(dsn("PAYROLL.MASTER"), [vol2])

        then: "SYSA still sees the old volume, the catalog itself the new one"
        sysa.lookup(dsn("PAYROLL.MASTER")).get().volumes() == [vol1]
        catalogs.locate(dsn("PAYROLL.MASTER")).get().volumes() == [vol2]

        when: "the caches are invalidated"
        catalogs.invalidateEverywhere(dsn("PAYROLL.MASTER"))

        then: "SYSA reads the new record"
        sysa.lookup(dsn("PAYROLL.MASTER")).get().volumes() == [vol2]
    }

    def "changes through catalog services reach every image's cache at once"() {
        given:
        catalogs.define(CatalogEntry.nonVsam(dsn("PAYROLL.MASTER"), [vol1], []))
        def sysa = catalogs.newCache("SYSA")
        sysa.lookup(dsn("PAYROLL.MASTER"))

        when:
        catalogs.alterVolumes(dsn("PAYROLL.MASTER"), [vol1, vol2])

        then:
        sysa.lookup(dsn("PAYROLL.MASTER")).get().volumes() == [vol1, vol2]
    }

    def "an alias that would hide master catalog entries is refused"() {
        given:
        catalogs.define(CatalogEntry.nonVsam(dsn("TEST.DATA"), [vol1], []))
        catalogs.defineUserCatalog("UCAT.TEST")

        when:
        catalogs.defineAlias("TEST", "UCAT.TEST")

        then:
        def e = thrown(CatalogConflictException)
        e.message.contains("would hide data sets already cataloged")
    }

    def "masks find entries across all catalogs in name order"() {
        given:
        ["PAYROLL.A", "PAYROLL.B.C", "SYS1.X", "PAYROLL"].each {
            catalogs.define(CatalogEntry.nonVsam(dsn(it), [vol1], []))
        }

        expect:
        catalogs.matching(Mask.parse("PAYROLL.**"))*.name()*.value() == ["PAYROLL", "PAYROLL.A", "PAYROLL.B.C"]
        catalogs.matching(Mask.parse("**"))*.name()*.value().size() == 4
    }

    def "an uncataloged name is reported with the catalog that was searched"() {
        when:
        catalogs.require(dsn("PAYROLL.NOPE"))

        then:
        def e = thrown(NotCatalogedException)
        e.message == "PAYROLL.NOPE is not cataloged (searched user catalog UCAT.PAYROLL)"
    }
}
