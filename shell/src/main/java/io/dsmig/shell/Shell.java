package io.dsmig.shell;

import io.dsmig.dsl.BatchRunner;
import io.dsmig.dsl.Completions;
import io.dsmig.dsl.ExitCode;
import io.dsmig.dsl.Interpreter;
import io.dsmig.dsl.Output;
import io.dsmig.dsl.Source;
import io.dsmig.dsl.hooks.GroovyHooks;
import io.dsmig.dsl.parse.ScriptParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.widget.AutosuggestionWidgets;

/**
 * The dsmig shell. Interactive, it reads statements with JLine (prompt {@code dsmig>}, a continuation
 * prompt while a statement is unfinished, history, completion, colouring, suggestions from history)
 * and runs each through the {@link Interpreter}; Ctrl-C abandons a line or stops a running
 * {@code run} at a consistent point, Ctrl-D leaves. Piped, it reads statements without prompts and
 * stops at the first error, as a batch run would.
 *
 * <p>The shell holds only the terminal: everything it runs goes through the language.
 */
public final class Shell {

    static final String PROMPT = "dsmig> ";
    static final String CONTINUATION = "  ...> ";

    private final Terminal terminal;
    private final Path history;
    private final PrintStream errors;
    private final Commands commands = new Commands();
    private final Help help = new Help(commands);
    private final List<String> session = new ArrayList<>();
    private final JavaEvaluator javaEvaluator = new JavaEvaluator();
    private final Progress progress;
    private Interpreter interpreter;
    private Completions completions;
    private int generation;

    /** What one line did: go on, leave, or stop on an error (which decides a piped session's exit code). */
    enum Step { CONTINUE, QUIT, SCRIPT_ERROR, MIGRATION_FAILED }

    /**
     * @param history the history file, or null for none
     */
    public Shell(Terminal terminal, Path history) {
        this(terminal, history, null);
    }

    /** As above, with problems written to {@code errors} instead of the terminal (a piped session). */
    Shell(Terminal terminal, Path history, PrintStream errors) {
        this.terminal = terminal;
        this.history = history;
        this.errors = errors;
        this.progress = new Progress(terminal);
        reset();
    }

    Commands commands() {
        return commands;
    }

    Help help() {
        return help;
    }

    Completions completions() {
        return completions;
    }

    Interpreter interpreter() {
        return interpreter;
    }

    /** The statements run in this session, for {@code :save}. */
    List<String> session() {
        return session;
    }

    /** A fresh world and session. */
    void reset() {
        interpreter = new Interpreter(output(), Map.of(), null).interactive();
        interpreter.runtime().onProgress(progress::update);
        completions = new Completions(interpreter);
        ShellBindings.bind(interpreter);
        session.clear();
        generation++;
    }

    /** {@code :java} in this session. */
    JavaSession java() {
        return code -> javaEvaluator.evaluate(code, generation);
    }

    /** What {@code :java} offers the commands. */
    interface JavaSession {
        JavaEvaluator.Result evaluate(String code);
    }

    /** Runs the interactive loop until Ctrl-D or {@code :quit}; returns the exit code. */
    public int run() {
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("dsmig")
                .parser(new ShellParser()).completer(new ShellCompleter(this)).highlighter(new ShellHighlighter())
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION)
                .variable(LineReader.HISTORY_FILE, history)
                .variable(LineReader.HISTORY_SIZE, 5_000)
                .variable(LineReader.INDENTATION, 4)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_BRACKET, false)
                .build();
        if (!Terminal.TYPE_DUMB.equals(terminal.getType())) {
            new AutosuggestionWidgets(reader).enable();
        }
        terminal.handle(Terminal.Signal.INT, signal -> interpreter.runtime().interrupt());
        warmUpInBackground();
        say("dsmig " + Main.version() + " — type help, or help tour to begin; Ctrl-D leaves");
        while (true) {
            String line;
            try {
                line = reader.readLine(PROMPT);
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            if (handle(line) == Step.QUIT) {
                break;
            }
        }
        javaEvaluator.close();
        return 0;
    }

    /** One line (or statement) typed: a command, help, or language. */
    Step handle(String line) {
        String t = line.trim();
        if (t.isEmpty()) {
            return Step.CONTINUE;
        }
        if (t.startsWith(":")) {
            String[] parts = t.substring(1).split("\\s+", 2);
            var command = commands.find(parts[0]);
            if (command.isEmpty()) {
                problem("no command :" + parts[0] + "; " + io.dsmig.dsl.Hints.didYouMean(parts[0],
                        commands.all().stream().map(ShellCommand::name).toList(), "commands: :load :save :reset :java "
                                + ":help :quit"));
                return Step.SCRIPT_ERROR;
            }
            return command.get().run(parts.length > 1 ? parts[1] : "", this);
        }
        if (t.equalsIgnoreCase("help") || t.toLowerCase(Locale.ROOT).startsWith("help ")) {
            help.show(t.substring(4).trim()).forEach(this::say);
            return Step.CONTINUE;
        }
        if (t.equalsIgnoreCase("quit") || t.equalsIgnoreCase("exit")) {
            return Step.QUIT;
        }
        return step(statement(line));
    }

    private static Step step(Interpreter.Outcome o) {
        return o.ok() ? Step.CONTINUE : o.migrationFailed() ? Step.MIGRATION_FAILED : Step.SCRIPT_ERROR;
    }

    /** Runs language text typed at the prompt. */
    Interpreter.Outcome statement(String text) {
        try {
            Interpreter.Outcome o = interpreter.execute(new Source(errors == null ? "<shell>" : "<stdin>", text),
                    Path.of("").toAbsolutePath());
            if (!o.scriptError()) {
                session.add(text);
            }
            return o;
        } finally {
            progress.clear();
        }
    }

    /** Runs a script file into the current world ({@code :load}). */
    Step runScript(Path file, String text) {
        Path dir = file.toAbsolutePath().getParent();
        try {
            Interpreter.Outcome o = interpreter.execute(new Source(file.toString(), text), dir);
            if (!o.scriptError()) {
                session.add("load '" + file + "'");
            }
            return step(o);
        } finally {
            progress.clear();
        }
    }

    void say(String text) {
        PrintWriter w = terminal.writer();
        w.println(text);
        w.flush();
    }

    void problem(String text) {
        if (errors != null) {
            errors.println(text);
            errors.flush();
            return;
        }
        PrintWriter w = terminal.writer();
        if (Terminal.TYPE_DUMB.equals(terminal.getType())) {
            w.println(text);
        } else {
            w.println(new AttributedString(text, AttributedStyle.DEFAULT.foreground(AttributedStyle.RED)).toAnsi(terminal));
        }
        w.flush();
    }

    private Output output() {
        return new Output() {
            @Override
            public void line(String text) {
                say(text);
            }

            @Override
            public void problem(String text) {
                Shell.this.problem(text);
            }

            @Override
            public boolean rich() {
                return !Terminal.TYPE_DUMB.equals(terminal.getType());
            }

            @Override
            public int columns() {
                return terminal.getWidth() > 0 ? terminal.getWidth() : Output.COLUMNS_DEFAULT;
            }
        };
    }

    /** Groovy's first compilation costs a second; pay it while the user types. */
    private static void warmUpInBackground() {
        Thread t = new Thread(GroovyHooks::warmUp, "groovy-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /**
     * Reads statements from a pipe, without prompts: each runs when complete (shell commands too); the
     * first error ends the session with its exit code; at the end, migrations still running finish and
     * a summary follows, as in a batch run.
     */
    public static int piped(BufferedReader in, PrintStream out, PrintStream err) throws IOException {
        try (Terminal dumb = new org.jline.terminal.impl.DumbTerminal("dsmig", Terminal.TYPE_DUMB,
                java.io.InputStream.nullInputStream(), out, java.nio.charset.StandardCharsets.UTF_8)) {
            Shell shell = new Shell(dumb, null, err);
            StringBuilder statement = new StringBuilder();
            int firstLine = 1;
            int lineNumber = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (statement.length() == 0) {
                    firstLine = lineNumber;
                }
                statement.append(line).append('\n');
                boolean command = statement.toString().trim().startsWith(":");
                if (!command && ScriptParser.incomplete(statement.toString())) {
                    continue;
                }
                Step step = shell.handle("\n".repeat(command ? 0 : firstLine - 1) + statement);
                statement.setLength(0);
                if (step == Step.QUIT) {
                    break;
                }
                if (step != Step.CONTINUE) {
                    return (step == Step.MIGRATION_FAILED ? ExitCode.MIGRATION_FAILED : ExitCode.SCRIPT_ERROR).code();
                }
            }
            if (!statement.toString().isBlank()) {
                Step step = shell.handle("\n".repeat(firstLine - 1) + statement);
                if (step == Step.SCRIPT_ERROR || step == Step.MIGRATION_FAILED) {
                    return (step == Step.MIGRATION_FAILED ? ExitCode.MIGRATION_FAILED : ExitCode.SCRIPT_ERROR).code();
                }
            }
            shell.javaEvaluator.close();
            return new BatchRunner(out, err).finish(shell.interpreter).code();
        }
    }
}
