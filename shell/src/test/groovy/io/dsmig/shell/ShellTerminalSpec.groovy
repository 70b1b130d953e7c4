package io.dsmig.shell

import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit
import org.jline.terminal.Size
import org.jline.terminal.impl.ExternalTerminal
import org.jline.utils.AttributedString
import spock.lang.Specification
import spock.lang.TempDir
import spock.lang.Timeout

/**
 * The whole read-eval loop on an emulated xterm (JLine's ExternalTerminal over test streams, never a
 * real TTY): keys go in through a line discipline, so Enter, Ctrl-C and Ctrl-D behave as typed.
 */
@Timeout(120)
class ShellTerminalSpec extends Specification {

    @TempDir
    Path dir

    Keyboard keys = new Keyboard()
    ByteArrayOutputStream screen = new ByteArrayOutputStream()
    ExternalTerminal terminal
    Shell shell
    Thread loop
    int exitCode = -1
    int seen = 0

    def setup() {
        terminal = new ExternalTerminal("test", "xterm-256color", keys, screen, StandardCharsets.UTF_8)
        terminal.setSize(new Size(160, 40))
        shell = new Shell(terminal, dir.resolve("history"))
        loop = Thread.start("shell") { exitCode = shell.run() }
        awaitPrompt()
    }

    def cleanup() {
        keys.close()
        loop.join(10_000)
        terminal.close()
    }

    /** The screen as text, escapes removed. */
    private String text() {
        AttributedString.fromAnsi(screen.toString(StandardCharsets.UTF_8)).toString().replace("\r", "")
    }

    /** Waits until the shell prompts again after what was seen last. */
    private void awaitPrompt() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60)
        while (System.nanoTime() < deadline) {
            String t = text()
            if (t.length() > seen && t.endsWith(Shell.PROMPT)) {
                seen = t.length()
                return
            }
            Thread.sleep(20)
        }
        throw new AssertionError("no prompt; the screen shows:\n" + text())
    }

    /**
     * Waits until the line reader has echoed what was typed. The terminal raises Ctrl-C as a signal at
     * once, so a Ctrl-C typed before the reader took the keys before it would find an empty line.
     */
    private void awaitEcho(String typed) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60)
        while (!text().endsWith(typed)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("'" + typed + "' was not echoed; the screen shows:\n" + text())
            }
            Thread.sleep(20)
        }
    }

    /** Types a line and waits for the next prompt; returns what the shell wrote meanwhile. */
    private String enter(String line) {
        int from = text().length()
        keys.type(line + "\r")
        awaitPrompt()
        text().substring(from)
    }

    def "a hook typed over several lines continues until its closing quotes"() {
        given: "a small world"
        enter("image SYSA")
        enter("volume VOL001, BIG001 type 3390-3 online to all")

        when: "a close hook is typed line by line"
        int from = text().length()
        keys.type('on close request groovy """\r')
        keys.type('    log("closing " + apps.holding.size())\r')
        keys.type('"""\r')
        awaitPrompt()
        def shown = text().substring(from)

        then: "the shell asked for more twice and then took the statement whole"
        shown.count(Shell.CONTINUATION) == 2
        shell.session().last().readLines().size() == 3
        !shown.contains("error")
    }

    def "Ctrl-C abandons the line being typed"() {
        when: "half a statement, Ctrl-C, then another statement"
        keys.type("volume VOL0")
        awaitEcho("volume VOL0")
        keys.type(Keyboard.CTRL_C)
        awaitPrompt()
        def shown = enter("image SYSA")

        then: "only the second statement ran"
        shell.session() == ["image SYSA"]
        !shown.contains("error")
    }

    def "Ctrl-C stops a running run at a consistent point and the shell stays up"() {
        given: "a merge under way with applications writing"
        enter("image SYSA")
        enter("volume VOL001 .. VOL004 type 3390-3 online to all pool SG")
        enter("volume BIG001 type 3390-54 online to all")
        enter("populate VOL001 .. VOL004 with 100 datasets like 'PAY.**' fill 40% vsam 0%")
        enter("application CICS on SYSA opens 'PAY.**' writes 50 tracks/s close takes 1s")
        enter("select volumes pool SG merge into BIG001 as M1")

        and: "Ctrl-C pressed as soon as the run shows progress"
        def advancing = new CountDownLatch(1)
        shell.interpreter().runtime().onProgress { advancing.countDown() }

        when: "a run of a hundred simulated hours starts"
        int from = text().length()
        keys.type("run for 100h\r")
        assert advancing.await(60, TimeUnit.SECONDS)
        keys.type(Keyboard.CTRL_C)
        awaitPrompt()
        def shown = text().substring(from)

        then: "it stopped early, at a slice boundary"
        shown.contains("interrupted after ")
        !shown.contains("ran 100h")

        and: "the shell still answers, and the world is whole"
        enter("status").contains("M1")
        enter(':java world.verify(); "ok"').contains('"ok"')
    }

    def "Ctrl-D leaves, and the history is kept for the next session"() {
        when:
        enter("image SYSA")
        keys.type(Keyboard.CTRL_D)
        loop.join(10_000)

        then:
        !loop.alive
        exitCode == 0
        Files.readString(dir.resolve("history")).contains("image SYSA")
    }
}
