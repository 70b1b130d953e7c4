package io.dsmig.shell

import java.nio.file.Files
import java.nio.file.Path
import spock.lang.AutoCleanup
import spock.lang.Specification
import spock.lang.TempDir
import spock.lang.Timeout

/**
 * The shell's command layer over a dumb terminal: each line goes through {@link Shell#handle} as if
 * typed, and the assertions read the plain text the terminal received.
 */
@Timeout(120)
class ShellCommandsSpec extends Specification {

    @AutoCleanup
    TestTerminal term = TestTerminal.dumb()

    Shell shell = new Shell(term.terminal(), null)

    @TempDir
    Path dir

    private String type(String line) {
        term.drain()
        shell.handle(line)
        term.drain()
    }

    def "help lists every statement and every shell command, a line each"() {
        when: "the user asks for help"
        def text = type("help")

        then: "each statement topic and each command has its line"
        shell.help().topics().every { topic -> text.readLines().any { it ==~ /\s+${topic}\s+\S.*/ } }
        [":load", ":save", ":reset", ":java", ":help", ":quit"].every { text.contains(it) }
        text.contains("Ctrl-C")
    }

    def "help on a statement gives its syntax and an example, also under another name"() {
        expect: "help merge shows the select statement"
        def text = type("help merge")
        text.startsWith("select — ")
        text.contains("select volumes")
        text.contains("example:")
    }

    def "help lists the concepts, and each explains itself"() {
        when:
        def text = type("help")

        then: "each concept has its line in the overview"
        shell.help().concepts().every { concept -> text.readLines().any { it ==~ /\s+${concept}\s+\S.*/ } }

        and: "help mirroring names the steps of the method in order, with the downtime window marked"
        def mirroring = type("help mirroring")
        ["1 assess", "3 table", "5 copy", "6 resync", "7 close", "the downtime window", "8 final resync",
         "9 reconcile", "11 switch catalog", "12 reopen"].inject(0) { int from, String step ->
            int at = mirroring.indexOf(step, from)
            assert at >= 0: "'$step' missing or out of order in:\n$mirroring"
            at + step.length()
        } > 0
    }

    def "the tour's lines, typed as they stand, make a merge that completes and a what-if that shortens the downtime"() {
        given: "the lines the tour asks the user to type"
        def lines = type("help tour").readLines().findAll { it.startsWith("  ") }*.trim()

        when: "each is typed"
        def steps = lines.collect { line -> [line, shell.handle(line), term.drain()] }

        then: "every line is understood and runs"
        lines.size() >= 10
        steps.every { it[1] == Shell.Step.CONTINUE }
        steps.every { !it[2].contains("Exception") && !it[2].contains("hint:") }

        and: "the merge completes, its timeline is drawn and the what-if compares the two thresholds"
        def output = steps.collect { it[2] }.join("\n")
        output.contains("M1 completed at")
        output.contains("downtime window")
        def whatif = output.readLines().findAll { it.trim().startsWith("close when pending <") }
        whatif.size() == 2
        def downtime = whatif.collect { io.dsmig.sim.kernel.SimTime.parse(it.trim().split(/\s{2,}/)[4]) }
        downtime[1] < downtime[0]
    }

    def "help on an unknown topic suggests the nearest"() {
        expect:
        type("help popluate").contains("no help on 'popluate'; did you mean populate?")
    }

    def "a mistake is reported where it is, without a stack trace, and the shell stays up"() {
        when: "a statement names an undefined image"
        def step = shell.handle("volume VOL001 type 3390-3 online to SYSX")
        def text = term.drain()

        then: "the message gives the position and a hint"
        step == Shell.Step.SCRIPT_ERROR
        text.contains("<shell>:1:")
        text.contains("SYSX")
        !text.contains("Exception")

        and: "the next statement runs"
        shell.handle("image SYSA") == Shell.Step.CONTINUE
    }

    def "a statement the world refused can be typed again, corrected"() {
        given: "a cluster too big for its volume"
        shell.handle("image SYSA")
        shell.handle("volume VOL001 type 3390-3 online to all")

        when: "it is refused, then typed again with a size that fits"
        def refused = shell.handle("cluster 'PAY.K' ksds on VOL001 space cyl 99999")
        def said = term.drain()
        def corrected = shell.handle("cluster 'PAY.K' ksds on VOL001 space cyl 10")

        then: "the refusal named the volume; the second is not 'already defined'"
        refused == Shell.Step.SCRIPT_ERROR
        said.contains("VOL001: no room for PAY.K.DATA")
        corrected == Shell.Step.CONTINUE
        !term.drain().contains("already defined")
    }

    def ":load runs a script into the current world and :save writes the session back as a script"() {
        given: "a script that defines a small world"
        def script = dir.resolve("world.dsmig")
        Files.writeString(script, "image SYSA\nvolume VOL001, VOL002 type 3390-3 online to all\n")

        when: "it is loaded, and a statement typed after it"
        type(":load " + script)
        type("dataset 'PAY.MASTER' on VOL002 space cyl 10")
        def saved = dir.resolve("session.dsmig")
        def said = type(":save " + saved)

        then: "the session file replays the same world"
        said.contains("saved 2 statements")
        def fresh = new Shell(TestTerminal.dumb().terminal(), null)
        fresh.handle(":load " + saved) == Shell.Step.CONTINUE
        fresh.interpreter().runtime().world().volume("VOL002").freeTracks() ==
                shell.interpreter().runtime().world().volume("VOL002").freeTracks()
    }

    def ":load of a missing file, or of a script with a mistake, says so and counts as an error"() {
        given: "a script whose second line names an undefined image"
        def bad = dir.resolve("bad.dsmig")
        Files.writeString(bad, "image SYSA\nvolume VOL001 type 3390-3 online to SYSQ\n")

        expect:
        type(":load " + dir.resolve("nope.dsmig")).contains("nope.dsmig: no such file")
        shell.handle(":load " + bad) == Shell.Step.SCRIPT_ERROR
        term.drain().contains("bad.dsmig:2:37: image SYSQ is not defined")
    }

    def ":reset starts again with an empty world"() {
        given:
        shell.handle("image SYSA")

        when:
        type(":reset")

        then: "the image is gone: naming it is an error again"
        shell.handle("volume VOL001 type 3390-3 online to SYSA") == Shell.Step.SCRIPT_ERROR
        shell.session().isEmpty()
    }

    def "an unknown command suggests the nearest one"() {
        expect:
        type(":lod x").contains("no command :lod; did you mean load?")
        shell.handle(":qu") == Shell.Step.QUIT
        shell.handle("quit") == Shell.Step.QUIT
    }

    def ":java reads a volume's free space from the live world"() {
        given: "a volume with a 100-cylinder data set"
        shell.handle("image SYSA")
        shell.handle("volume VOL001 type 3390-3 online to SYSA")
        shell.handle("dataset 'PAY.A' on VOL001 space cyl 100")

        when: "a snippet asks the world"
        def free = type(':java world.volume("VOL001").freeTracks()').trim()

        then: "it is what show volume reports: 50,085 tracks less label, VTOC and 1,500 tracks"
        free == "48570"
        type("show volume VOL001").contains("48,570 free")
    }

    def ":java reports a snippet's errors and exceptions as text"() {
        expect:
        type(':java world.volume("NOPE")').contains("exception: UnknownVolumeException: volume NOPE is not defined")
        type(':java foo(').startsWith("error: ")
    }
}
