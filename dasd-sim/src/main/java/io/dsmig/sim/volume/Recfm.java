package io.dsmig.sim.volume;

import java.util.Locale;

/**
 * Record format: fixed, variable or undefined, optionally blocked, spanned, or with ASA/machine
 * control characters. Held as its text ({@code FB}, {@code VBA}, {@code U}) after validation.
 */
public record Recfm(String text) {

    public Recfm {
        text = text.trim().toUpperCase(Locale.ROOT);
        if (!text.matches("(F|V|U)B?S?(A|M)?")) {
            throw new IllegalArgumentException("'" + text + "' is not a record format (F, FB, V, VB, VBS, U, "
                    + "optionally followed by A or M)");
        }
        if (text.startsWith("U") && (text.contains("B") || text.contains("S"))) {
            throw new IllegalArgumentException("record format U cannot be blocked or spanned ('" + text + "')");
        }
    }

    public static final Recfm FB = new Recfm("FB");
    public static final Recfm VB = new Recfm("VB");
    public static final Recfm U = new Recfm("U");
    public static final Recfm F = new Recfm("F");

    public static Recfm of(String text) {
        return new Recfm(text);
    }

    public boolean fixed() {
        return text.startsWith("F");
    }

    public boolean variable() {
        return text.startsWith("V");
    }

    public boolean blocked() {
        return text.contains("B");
    }

    @Override
    public String toString() {
        return text;
    }
}
