package io.dsmig.dsl;

import java.io.PrintStream;

/**
 * Where a script's output goes: results to one place, problems to another. Batch runs print to
 * standard output and error; the shell prints to its terminal.
 */
public interface Output {

    /** A line of results. */
    void line(String text);

    /** A problem (a diagnostic, a failure). */
    void problem(String text);

    /** Whether the terminal can show colours and block characters. */
    default boolean rich() {
        return false;
    }

    /** How many columns a line may take: the terminal's width, or 100 for files and pipes. */
    default int columns() {
        return COLUMNS_DEFAULT;
    }

    int COLUMNS_DEFAULT = 100;

    /** Output that goes nowhere (what-if replays). */
    Output NONE = new Output() {
        @Override
        public void line(String text) {
        }

        @Override
        public void problem(String text) {
        }
    };

    static Output of(PrintStream out, PrintStream err) {
        return new Output() {
            @Override
            public void line(String text) {
                out.println(text);
            }

            @Override
            public void problem(String text) {
                out.flush();
                err.println(text);
                err.flush();
            }
        };
    }
}
