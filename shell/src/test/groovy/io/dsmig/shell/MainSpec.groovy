package io.dsmig.shell

import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Specification
import spock.lang.TempDir

/** The command line: what each form runs and the exit code it ends with. */
class MainSpec extends Specification {

    @TempDir
    Path dir

    def out = new ByteArrayOutputStream()
    def err = new ByteArrayOutputStream()

    private int dsmig(String... args) {
        Main.run(args, new PrintStream(out, true), new PrintStream(err, true))
    }

    def "--version and --help explain themselves and exit 0"() {
        expect:
        dsmig("--version") == 0
        out.toString().startsWith("dsmig ")
        dsmig("--help") == 0
        out.toString().contains("usage: dsmig")
    }

    def "an unknown command is a usage error: exit 64 with the usage"() {
        expect:
        dsmig("frobnicate") == 64
        err.toString().contains("unknown command 'frobnicate'")
        err.toString().contains("usage: dsmig")
    }

    def "run executes a script in batch and exits with its outcome"() {
        given: "a script with a mistake on line 2"
        def script = dir.resolve("bad.dsmig")
        Files.writeString(script, "image SYSA\nvolume VOL001 type 3390-3 online to SYSB\n")

        expect: "exit 65 and the position of the mistake"
        dsmig("run", script.toString()) == 65
        err.toString().contains("bad.dsmig:2:37: image SYSB is not defined")
        !err.toString().contains("Exception")
    }

    def "the history file is --history, else DSMIG_HISTORY, else ~/.dsmig_history"() {
        expect:
        Main.historyFile(["--history", "/tmp/h"] as String[]) == Path.of("/tmp/h")
        System.getenv("DSMIG_HISTORY") != null
                || Main.historyFile([] as String[]) == Path.of(System.getProperty("user.home"), ".dsmig_history")
    }
}
