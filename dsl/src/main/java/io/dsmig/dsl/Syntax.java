package io.dsmig.dsl;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The syntax of each statement, from the bundle {@code io.dsmig.dsl.syntax}: one synopsis per help
 * topic, shown by the shell's help and as the hint of a syntax error inside a statement.
 */
public final class Syntax {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("io.dsmig.dsl.syntax", Locale.ROOT);

    private Syntax() {
    }

    /** The synopsis of a help topic ({@code populate}, {@code select}, …), its lines separated by newlines. */
    public static Optional<String> of(String topic) {
        String t = topic.toLowerCase(Locale.ROOT);
        return t.startsWith("keyword.") || !BUNDLE.containsKey(t) ? Optional.empty() : Optional.of(BUNDLE.getString(t));
    }

    /** The synopsis of the statement a keyword begins ({@code aix} is under {@code cluster}, {@code on} under hooks). */
    public static Optional<String> ofStatement(String keyword) {
        String k = keyword.toLowerCase(Locale.ROOT);
        return of(BUNDLE.containsKey("keyword." + k) ? BUNDLE.getString("keyword." + k) : k);
    }
}
