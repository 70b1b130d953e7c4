package io.dsmig.shell;

import io.dsmig.shell.Shell.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The shell's commands: {@code :load}, {@code :save}, {@code :reset}, {@code :java}, {@code :help}, {@code :quit}. */
final class Commands {

    private final Map<String, ShellCommand> byName = new LinkedHashMap<>();

    Commands() {
        add(new Simple("load", "load FILE — run a script into the current world", (args, shell) -> {
            Path file = file(args, ":load needs a file name: :load examples/payroll-merge.dsmig", shell);
            if (file == null) {
                return Step.SCRIPT_ERROR;
            }
            try {
                return shell.runScript(file, Files.readString(file));
            } catch (NoSuchFileException e) {
                shell.problem(":load " + file + ": no such file");
            } catch (IOException e) {
                shell.problem(":load " + file + ": " + e.getMessage());
            }
            return Step.SCRIPT_ERROR;
        }));
        add(new Simple("save", "save FILE — write the statements of this session as a script", (args, shell) -> {
            Path file = file(args, ":save needs a file name: :save session.dsmig", shell);
            if (file == null) {
                return Step.SCRIPT_ERROR;
            }
            try {
                Files.writeString(file, String.join("\n", shell.session()) + "\n");
                shell.say("saved " + shell.session().size() + " statements to " + file);
                return Step.CONTINUE;
            } catch (IOException e) {
                shell.problem(":save " + file + ": " + e.getMessage());
                return Step.SCRIPT_ERROR;
            }
        }));
        add(new Simple("reset", "reset — start again with an empty world", (args, shell) -> {
            shell.reset();
            shell.say("a new, empty world");
            return Step.CONTINUE;
        }));
        add(new Simple("java", "java SNIPPET — evaluate Java with world, engine and dsmig bound", (args, shell) -> {
            if (args.isBlank()) {
                shell.say("for example: :java world.volume(\"VOL001\").freeTracks()");
                return Step.CONTINUE;
            }
            JavaEvaluator.Result result = shell.java().evaluate(args);
            result.lines().forEach(result.failed() ? shell::problem : shell::say);
            return result.failed() ? Step.SCRIPT_ERROR : Step.CONTINUE;
        }));
        add(new Simple("help", "help [TOPIC] — statements and commands, or one in detail", (args, shell) -> {
            shell.help().show(args.trim()).forEach(shell::say);
            return Step.CONTINUE;
        }));
        add(new Simple("quit", "quit — leave the shell (Ctrl-D does too)", (args, shell) -> Step.QUIT));
    }

    /** The file named by a command's argument (quotes allowed), or null after saying what is missing. */
    private static Path file(String args, String usage, Shell shell) {
        if (args.isBlank()) {
            shell.problem(usage);
            return null;
        }
        return Path.of(args.trim().replace("'", ""));
    }

    private void add(ShellCommand c) {
        byName.put(c.name(), c);
    }

    List<ShellCommand> all() {
        return List.copyOf(byName.values());
    }

    Optional<ShellCommand> find(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (byName.containsKey(n)) {
            return Optional.of(byName.get(n));
        }
        List<ShellCommand> prefixed = byName.values().stream().filter(c -> c.name().startsWith(n)).toList();
        return prefixed.size() == 1 && !n.isEmpty() ? Optional.of(prefixed.get(0)) : Optional.empty();
    }

    /** A command from a name, a summary and a body. */
    private record Simple(String name, String summary, Body body) implements ShellCommand {
        interface Body {
            Step run(String arguments, Shell shell);
        }

        @Override
        public Step run(String arguments, Shell shell) {
            return body.run(arguments, shell);
        }
    }
}
