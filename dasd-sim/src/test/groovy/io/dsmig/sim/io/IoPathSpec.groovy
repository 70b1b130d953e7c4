package io.dsmig.sim.io

import io.dsmig.sim.World
import io.dsmig.sim.app.Workload
import io.dsmig.sim.name.Volser
import io.dsmig.sim.track.TrackContent
import spock.lang.Specification

import static io.dsmig.sim.app.LivingWorld.*

class IoPathSpec extends Specification {

    def world = twoImages()
    def vol1 = Volser.of("VOL001")
    def vol2 = Volser.of("VOL002")

    def "a monitor on SYSA sees SYSA's writes and not SYSB's"() {
        given: "a monitor on SYSA recording what it sees"
        def seen = []
        world.image("SYSA").ioPath().install({ IoView io -> seen << "${io.image()} ${io.kind()} ${io.volser()}:${io.firstTrack()}" } as IoMonitor)

        when: "each image writes a track of VOL001"
        world.image("SYSA").ioPath().submit(IoRequest.write(vol1, 100, TrackContent.pattern(1, 1, 0, 10), {}))
        world.image("SYSB").ioPath().submit(IoRequest.write(vol1, 200, TrackContent.pattern(2, 1, 0, 10), {}))
        world.kernel().runFor(seconds(1))

        then: "only SYSA's write was seen, and both reached the volume"
        seen == ["SYSA WRITE VOL001:100"]
        world.volume("VOL001").tracks().writtenTrackCount() == 2
    }

    def "a monitor sees a write before it completes and can hold it until it has copied the old track"() {
        given: "track 10 of VOL001 holds old data"
        def old = TrackContent.pattern(7, 2, 0, 100)
        world.volume("VOL001").tracks().write(10, old)

        and: "a copy-on-write monitor on SYSA: it holds writes, copies the old track to VOL002, then releases"
        def path = world.image("SYSA").ioPath()
        path.install({ IoView io ->
            if (io.kind() == IoKind.WRITE && io.volser() == vol1) {
                def hold = io.hold()
                path.submit(IoRequest.read(vol1, io.firstTrack(), 1, { r ->
                    path.submit(IoRequest.write(vol2, io.firstTrack(), r.content(0), { hold.release() }))
                }))
            }
        } as IoMonitor)

        when: "an application-like write of new data is issued to track 10"
        def completedAt = -1L
        def newer = TrackContent.pattern(8, 2, 0, 100)
        path.submit(IoRequest.write(vol1, 10, newer, { r -> completedAt = r.completedNanos() }))
        world.kernel().runFor(seconds(1))

        then: "the old data reached VOL002 first and the new data VOL001 after"
        world.volume("VOL002").tracks().read(10).contentEquals(old)
        world.volume("VOL001").tracks().read(10).contentEquals(newer)
        completedAt >= 1_000_000 + 1_200_000 + 1_200_000
    }

    def "I/O to one volume is served one at a time by default, so queued I/Os wait"() {
        given:
        def done = []

        when: "three reads of VOL001 are issued at once"
        3.times { i -> world.image("SYSA").ioPath().submit(IoRequest.read(vol1, i, 1, { r -> done << r.completedNanos() })) }
        world.kernel().runFor(seconds(1))

        then: "they complete 1 ms apart, the default read service time"
        done == [1_000_000L, 2_000_000L, 3_000_000L]
    }

    def "a volume configured for several I/Os at once serves them in parallel"() {
        given:
        world.setTiming(TimingModel.DEFAULT.withServers(vol1, 3))
        def done = []

        when:
        3.times { i -> world.image("SYSA").ioPath().submit(IoRequest.read(vol1, i, 1, { r -> done << r.completedNanos() })) }
        world.kernel().runFor(seconds(1))

        then:
        done == [1_000_000L, 1_000_000L, 1_000_000L]
    }

    def "a narrow channel is the bottleneck when its bytes per second are"() {
        given: "a channel of 56,664,000 bytes a second: one 3390 track takes 1 ms to move"
        world.setTiming(TimingModel.DEFAULT.withChannelBytesPerSecond(56_664_000L))
        def done = []

        when: "one image reads one track from each of three volumes at once"
        [vol1, vol2, Volser.of("VOL003")].each { v ->
            world.image("SYSA").ioPath().submit(IoRequest.read(v, 0, 1, { r -> done << r.completedNanos() }))
        }
        world.kernel().runFor(seconds(1))

        then: "the transfers follow each other on the channel"
        done == [1_000_000L, 2_000_000L, 3_000_000L]
    }

    def "reading a whole 3390-3 one cylinder at a time takes about a minute with the default timing"() {
        given:
        def volume = world.volume("VOL001")
        int cylinders = volume.type().cylinders()
        long last = 0

        when:
        for (int c = 0; c < cylinders; c++) {
            world.image("SYSA").ioPath().submit(IoRequest.read(vol1, c * 15, 15, { r -> last = r.completedNanos() }))
        }
        world.kernel().runUntil({ last > 0 && world.io().queue(vol1).busy() == 0 } as java.util.function.BooleanSupplier,
                seconds(600))

        then: "50,085 tracks at 1 ms"
        last == 50_085L * 1_000_000L
    }

    def "a quiesced volume holds new I/O until it is resumed"() {
        given:
        def done = []
        world.io().quiesce(vol1)

        when:
        world.image("SYSA").ioPath().submit(IoRequest.read(vol1, 0, 1, { r -> done << r.completedNanos() }))
        world.kernel().runFor(seconds(2))

        then:
        done.isEmpty()
        world.io().queue(vol1).waiting() == 1

        when:
        world.io().resume(vol1)
        world.kernel().runFor(seconds(1))

        then:
        done == [seconds(2) + 1_000_000L]
    }

    def "a swap sends one image's I/O for a volume to another device"() {
        given:
        world.image("SYSB").ioPath().swap(vol1, vol2)

        when:
        world.image("SYSB").ioPath().submit(IoRequest.write(vol1, 5, TrackContent.pattern(3, 1, 0, 10), {}))
        world.image("SYSA").ioPath().submit(IoRequest.write(vol1, 6, TrackContent.pattern(4, 1, 0, 10), {}))
        world.kernel().runFor(seconds(1))

        then:
        world.volume("VOL002").tracks().read(5).recordCount() == 1
        world.volume("VOL001").tracks().read(5) == TrackContent.EMPTY
        world.volume("VOL001").tracks().read(6).recordCount() == 1
    }

    def "I/O fails, not hangs, when the image is down or the volume is offline to it"() {
        given:
        world.sysplex().setOnline(vol2, ["SYSA"])
        world.image("SYSB").markDown()
        def failures = []

        when:
        world.image("SYSB").ioPath().submit(IoRequest.read(vol1, 0, 1, { r -> failures << r.failure() }))
        world.image("SYSA").ioPath().submit(IoRequest.read(vol2, 0, 1, { r -> failures << r.failure() }))
        world.addImage("SYSC").ioPath().submit(IoRequest.read(vol2, 0, 1, { r -> failures << r.failure() }))

        then:
        failures == ["SYSB is down", "VOL002 is not online to SYSC"]
        world.sysplex().imagesThatCanWrite(vol1)*.name() == ["SYSA", "SYSC"]
    }

    def "an image that cannot host a monitor refuses one"() {
        given:
        world.image("SYSB").setCanHostMonitor(false)

        when:
        world.image("SYSB").ioPath().install({ IoView io -> } as IoMonitor)

        then:
        def e = thrown(MonitorRefusedException)
        e.message == "SYSB cannot host an I/O monitor"
    }
}
