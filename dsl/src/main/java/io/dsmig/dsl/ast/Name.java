package io.dsmig.dsl.ast;

import java.util.Locale;

/** A bare name: a volser, an image, an application, a migration. Compared in upper case. */
public record Name(Pos pos, String text) {

    public String upper() {
        return text.toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return text;
    }
}
