package io.dsmig.shell;

import io.dsmig.dsl.Completions;
import java.util.List;
import java.util.Locale;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.completer.FileNameCompleter;

/**
 * Completion at the cursor: shell commands after {@code :}, file names after {@code :load},
 * {@code :save} and inside the quotes of {@code load '…'} or {@code run '…'}, help topics after
 * {@code help}, and otherwise what the language offers (keywords valid there, names from the world).
 */
final class ShellCompleter implements Completer {

    private final Shell shell;
    private final FileNameCompleter files = new FileNameCompleter();

    ShellCompleter(Shell shell) {
        this.shell = shell;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String buffer = line.line().substring(0, line.cursor());
        String trimmed = buffer.stripLeading();
        if (trimmed.startsWith(":")) {
            if (!trimmed.contains(" ")) {
                shell.commands().all().forEach(c -> candidates.add(new Candidate(":" + c.name(), ":" + c.name(), "command",
                        c.summary(), null, null, true)));
            } else if (trimmed.startsWith(":load ") || trimmed.startsWith(":save ")) {
                files.complete(reader, line, candidates);
            }
            return;
        }
        if (trimmed.toLowerCase(Locale.ROOT).startsWith("help")) {
            shell.help().topics().forEach(t -> candidates.add(new Candidate(t, t, "help", null, null, null, true)));
            shell.help().concepts().forEach(t -> candidates.add(new Candidate(t, t, "concepts", null, null, null, true)));
            return;
        }
        if (fileContext(trimmed)) {
            files.complete(reader, line, candidates);
            return;
        }
        for (Completions.Candidate c : shell.completions().at(line.line(), line.cursor())) {
            boolean quoted = c.kind().equals("data set") || c.kind().equals("mask");
            if (quoted) {
                // Inside an open quote JLine's parser gives the word without its quote and closes the
                // quote itself when the candidate is complete: offer the bare name.
                String name = c.value().endsWith("'") ? c.value().substring(0, c.value().length() - 1) : c.value();
                candidates.add(new Candidate(name, name, c.kind(), c.description().isEmpty() ? null : c.description(),
                        null, null, true));
            } else {
                candidates.add(new Candidate(c.value(), c.value(), c.kind(), c.description().isEmpty() ? null
                        : c.description(), null, null, !c.kind().equals("quote")));
            }
        }
    }

    /** Inside the quotes after {@code load}, a hook's {@code run}, or {@code report … to}: a file name. */
    private static boolean fileContext(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        int quote = t.lastIndexOf('\'');
        if (quote < 0 || t.chars().filter(ch -> ch == '\'').count() % 2 == 0) {
            return false;
        }
        String before = t.substring(0, quote).trim();
        return before.endsWith("load") || before.endsWith(" run") || before.endsWith(" to");
    }
}
