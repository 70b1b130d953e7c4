package io.dsmig.sim.kernel

import static io.dsmig.sim.kernel.SimTime.NANOS_PER_HOUR as H
import static io.dsmig.sim.kernel.SimTime.NANOS_PER_MICRO as US
import static io.dsmig.sim.kernel.SimTime.NANOS_PER_MILLI as MS
import static io.dsmig.sim.kernel.SimTime.NANOS_PER_MINUTE as M
import static io.dsmig.sim.kernel.SimTime.NANOS_PER_SECOND as S

import spock.lang.Specification

class SimTimeSpec extends Specification {

    static final String MICRO = "\u00b5"

    def "a duration of #nanos ns is shown to an administrator as '#text'"() {
        expect: "one decimal under 100 units, none above; minutes with tenths; hours with whole seconds"
        SimTime.format(nanos) == text

        where:
        nanos                  || text
        0                      || "0s"
        1                      || "1ns"
        750                    || "750ns"
        US                     || "1${MICRO}s"
        1_500                  || "1.5${MICRO}s"
        12_345                 || "12.3${MICRO}s"
        999_400                || "999${MICRO}s"
        999_960                || "1ms"
        1_500_000              || "1.5ms"
        850 * MS               || "850ms"
        999_960_000            || "1s"
        12_400 * MS            || "12.4s"
        10 * S                 || "10s"
        59_960 * MS            || "1m 00.0s"
        3 * M + 5_200 * MS     || "3m 05.2s"
        H + 2 * M + 3 * S      || "1h 02m 03s"
        H - 40 * MS            || "1h 00m 00s"
        125 * H                || "125h 00m 00s"
        -1_500 * MS            || "-1.5s"
    }

    def "a script may write a duration as '#text'"() {
        expect: "it reads as the number of nanoseconds it says"
        SimTime.parse(text) == nanos

        where:
        text              || nanos
        "500ms"           || 500 * MS
        "10s"             || 10 * S
        "1.5s"            || 1_500 * MS
        "5m"              || 5 * M
        "2h"              || 2 * H
        "1m30s"           || 90 * S
        "3m 05.2s"        || 3 * M + 5_200 * MS
        "1h 02m 03s"      || H + 2 * M + 3 * S
        "850${MICRO}s"    || 850 * US
        "850us"           || 850 * US
        "12ns"            || 12
        "0s"              || 0
        ".5ms"            || 500 * US
        "10 s"            || 10 * S
        "2H 5M"           || 2 * H + 5 * M
        "  10s  "         || 10 * S
        "1.1s"            || 1_100 * MS
        "0.4ns"           || 0
    }

    def "a mistyped duration '#text' is refused with a message that says what is wrong"() {
        when: "the text is read"
        SimTime.parse(text)

        then: "the message quotes the problem"
        IllegalArgumentException e = thrown()
        e.message.contains(why)

        where:
        text           || why
        ""             || "empty duration"
        null           || "no duration given"
        "10"           || "missing unit after '10'"
        "10x"          || "unknown unit 'x'"
        "30s1m"        || "largest to smallest"
        "1m1m"         || "largest to smallest"
        "-5s"          || "cannot be negative"
        "abc"          || "expected a number at position 1"
        "1.2.3s"       || "missing unit after '1.2'"
        "999999999h"   || "too long"
        "1" * 70 + "s" || "longer than 64 characters"
    }

    def "every formatted duration reads back within the precision it was shown with"() {
        given: "durations of every magnitude from a seeded stream"
        def random = new SimRandom(2024)
        def durations = (0..<2_000).collect { (long) Math.pow(10, random.nextDouble(0, 16)) }

        expect: "parsing the text gives the duration back to within half a unit of the last digit shown"
        def wrong = durations.findAll { n ->
            String text = SimTime.format(n)
            Math.abs(SimTime.parse(text) - n) > lastDigitNanos(text) / 2
        }
        wrong.isEmpty()
    }

    /** The value of one unit in the last digit of {@code text}: 0.1s for "12.4s", 1ms for "850ms". */
    private static double lastDigitNanos(String text) {
        def last = text =~ /([0-9.]+)([a-z\u00b5]+)$/
        String number = last[0][1]
        long unitNanos = SimTime.parse("1" + last[0][2])
        number.contains(".") ? unitNanos / 10d : unitNanos
    }

    def "seconds and milliseconds convert to nanoseconds and back"() {
        expect: "exact conversions, rounded to the nearest nanosecond"
        SimTime.seconds(1.5) == 1_500 * MS
        SimTime.millis(2.5) == 2_500 * US
        SimTime.toSeconds(12_400 * MS) == 12.4d
        SimTime.toMillis(1_500 * US) == 1.5d

        when: "a duration too large for a long is asked for"
        SimTime.seconds(1e12)

        then: "it is refused"
        thrown(IllegalArgumentException)
    }
}
