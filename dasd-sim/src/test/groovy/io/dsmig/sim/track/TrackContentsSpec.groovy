package io.dsmig.sim.track

import io.dsmig.sim.geometry.Cchh
import io.dsmig.sim.space.Extent
import spock.lang.Specification

class TrackContentsSpec extends Specification {

    def "a track copied to another address keeps its record data and gets record ids of the new address"() {
        given: "a track at 10/3 holding three records"
        def content = TrackContent.pattern(42L, 3, 0, 4_096)
        def source = new Track(new Cchh(10, 3), content)

        when: "it is copied to 700/14"
        def copy = source.copyTo(new Cchh(700, 14))

        then: "the data is equal byte for byte and the ids carry the new address"
        copy.contentEquals(source)
        copy.recordIds()*.toString() == ["700/14/1", "700/14/2", "700/14/3"]
        source.recordIds()*.toString() == ["10/3/1", "10/3/2", "10/3/3"]
        copy.content().record(2).data().toBytes() == source.content().record(2).data().toBytes()
    }

    def "synthetic data compares by seed and length without being materialized"() {
        expect:
        RecordData.synthetic(7, 100).contentEquals(RecordData.synthetic(7, 100))
        !RecordData.synthetic(7, 100).contentEquals(RecordData.synthetic(8, 100))
        !RecordData.synthetic(7, 100).contentEquals(RecordData.synthetic(7, 101))
    }

    def "synthetic data equals real bytes holding the same pattern, and not other bytes"() {
        given:
        def synthetic = RecordData.synthetic(99, 37)
        def bytes = synthetic.toBytes()

        expect: "materialization is deterministic and comparison works both ways"
        synthetic.toBytes() == bytes
        RecordData.of(bytes).contentEquals(synthetic)
        synthetic.contentEquals(RecordData.of(bytes))

        when: "one byte differs"
        bytes[36] = (byte) (bytes[36] + 1)

        then:
        !RecordData.of(bytes).contentEquals(synthetic)
    }

    def "real bytes are copied in and out, so nobody can change a record behind the track's back"() {
        given:
        byte[] original = [1, 2, 3]
        def data = RecordData.of(original)

        when: "the caller's array and a read copy are changed"
        original[0] = 9
        data.toBytes()[1] = 9

        then: "the record is unchanged"
        data.toBytes() == [1, 2, 3] as byte[]
    }

    def "a record-level write replaces one record and keeps the others"() {
        given:
        def track = TrackContent.pattern(5, 4, 0, 800)
        def record = new Record(3, null, RecordData.of("PAYROLL".bytes))

        when:
        def written = track.withRecord(record)

        then:
        written.recordCount() == 4
        written.record(3).data().toBytes() == "PAYROLL".bytes
        written.record(2).contentEquals(track.record(2))
        !written.contentEquals(track)
    }

    def "a store costs nothing for untouched tracks and reads them as empty"() {
        given: "a store for a 3390-54"
        def store = new TrackStore(982_800)

        expect:
        store.read(500_000) == TrackContent.EMPTY
        store.writtenTrackCount() == 0
    }

    def "a fill describes a run of synthetic tracks that a write or another fill replaces"() {
        given: "tracks 100..199 filled from seed 3"
        def store = new TrackStore(1_000)
        store.fill(new Extent(100, 100), 3, 0, 12, 0, 4_096)
        def old179 = store.read(179)
        def old185 = store.read(185)

        when: "track 150 is written and tracks 180..219 are filled from another seed"
        store.write(150, TrackContent.pattern(77, 1, 0, 10))
        store.fill(new Extent(180, 40), 4, 0, 12, 0, 4_096)

        then: "each track reads its latest content and untouched tracks stay empty"
        store.read(150).contentEquals(TrackContent.pattern(77, 1, 0, 10))
        store.read(179).contentEquals(old179)
        !store.read(185).contentEquals(old185)
        store.read(99) == TrackContent.EMPTY
        store.read(220) == TrackContent.EMPTY
    }

    def "track i of a filled data set holds the same content wherever its extents are"() {
        given: "the same seed laid out as one extent, and as two extents elsewhere"
        def one = new TrackStore(1_000)
        one.fill(new Extent(0, 20), 11, 0, 12, 0, 4_096)
        def two = new TrackStore(1_000)
        two.fill(new Extent(500, 8), 11, 0, 12, 0, 4_096)
        two.fill(new Extent(900, 12), 11, 8, 12, 0, 4_096)

        expect: "relative track 10 matches"
        one.read(10).contentEquals(two.read(902))
        one.read(7).contentEquals(two.read(507))
        !one.read(8).contentEquals(two.read(507))
    }
}
