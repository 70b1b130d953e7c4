package io.dsmig.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.AttributedString;

/**
 * A terminal for tests that never touches a real TTY: a dumb terminal over captured streams (the
 * command layer: text without echo or escapes), whose output can be read and drained.
 */
final class TestTerminal implements AutoCloseable {

    private final ByteArrayOutputStream out;
    private final Terminal terminal;

    private TestTerminal(ByteArrayOutputStream out, Terminal terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** A dumb terminal with no input. */
    static TestTerminal dumb() {
        return dumb(InputStream.nullInputStream());
    }

    static TestTerminal dumb(InputStream in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            return new TestTerminal(out, new DumbTerminal("test", Terminal.TYPE_DUMB, in, out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Terminal terminal() {
        return terminal;
    }

    /** Everything written so far, escapes removed. */
    String text() {
        terminal.flush();
        return AttributedString.fromAnsi(out.toString(StandardCharsets.UTF_8)).toString().replace("\r", "");
    }

    /** What was written since the last call, escapes removed. */
    String drain() {
        String t = text();
        out.reset();
        return t;
    }

    @Override
    public void close() throws IOException {
        terminal.close();
    }
}
