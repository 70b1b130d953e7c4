package io.dsmig.shell;

/**
 * A shell command: a word after {@code :} (or {@code help}), a line of summary, and what it does.
 * Commands work on the shell's session, never on the terminal directly.
 */
interface ShellCommand {

    /** The command's name without the colon. */
    String name();

    /** One line for {@code help}. */
    String summary();

    /** Runs the command; says whether the shell goes on, ends, or met an error (which ends a piped session). */
    Shell.Step run(String arguments, Shell shell);
}
