package io.dsmig.shell

import spock.lang.Specification
import spock.lang.Timeout

/**
 * {@code ./dsmig < script.dsmig}: statements read from a pipe without prompts, each run when complete;
 * the first error ends the session with its exit code, as a batch run would.
 */
@Timeout(120)
class PipedSessionSpec extends Specification {

    def out = new ByteArrayOutputStream()
    def err = new ByteArrayOutputStream()

    private int pipe(String text) {
        Shell.piped(new BufferedReader(new StringReader(text)), new PrintStream(out, true), new PrintStream(err, true))
    }

    def "a script piped in runs to the end, migrations included, and exits 0 with a summary"() {
        when:
        int code = pipe('''\
            image SYSA
            volume VOL001, VOL002 type 3390-3 online to all
            volume BIG001 type 3390-9 online to all
            populate VOL001, VOL002 with 20 datasets like 'PAY.**' fill 20% vsam 0%
            on close request groovy """
                log("asked")
            """
            select volumes VOL001, VOL002 merge into BIG001 as M1
            '''.stripIndent())

        then: "the migration ran to its end after the last statement"
        code == 0
        out.toString().contains("started M1")
        out.toString().contains("M1 completed")
        out.toString().contains("summary")
        err.toString().isEmpty()
    }

    def "the first error stops the session with exit 65; its line is counted across multi-line statements"() {
        when:
        int code = pipe('''\
            image SYSA
            on close request groovy """
                log("a")
            """
            volume VOL001 type 3390-3 online to SYSZ
            image SYSB
            '''.stripIndent())

        then: "the mistake on line 5 is named there, and nothing after it ran"
        code == 65
        err.toString().contains("<stdin>:5:37: image SYSZ is not defined")
        !out.toString().contains("SYSB")
    }

    def "a migration that fails exits 70"() {
        when: "an application writes far faster than the copy can follow"
        int code = pipe('''\
            image SYSA
            volume VOL001 type 3390-3 online to all
            volume BIG001 type 3390-3 online to all
            populate VOL001 with 10 datasets like 'PAY.**' fill 30% vsam 0%
            application HOT on SYSA opens 'PAY.**' writes 5000 tracks/s
            select volumes VOL001 merge into BIG001 as M1 passes 3, close when pending < 10 tracks
            run until M1 done
            '''.stripIndent())

        then:
        code == 70
        err.toString().contains("M1 aborted: did not converge in 3 resync passes")
    }

    def "a failing shell command ends a piped session too"() {
        expect: "a :java snippet that throws stops the session with exit 65"
        pipe(':java world.volume("NOPE")\nimage SYSA\n') == 65
        err.toString().contains("exception: UnknownVolumeException: volume NOPE is not defined")
        !out.toString().contains("SYSA")
    }

    def "shell commands and quit work in a pipe"() {
        when:
        int code = pipe('''\
            image SYSA
            volume VOL001 type 3390-3 online to all
            :java world.volume("VOL001").freeTracks()
            quit
            image SYSA
            '''.stripIndent())

        then: "the snippet printed the free tracks; quit ended the session before the duplicate image"
        code == 0
        out.toString().contains("50070")
        err.toString().isEmpty()
    }
}
