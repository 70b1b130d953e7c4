package io.dsmig.dsl;

import java.util.List;

/** A script's text and the name it is known by (a file path, or {@code <shell>}). */
public record Source(String name, String text) {

    /** Line {@code n} (from 1) without its line ending; empty past the end. */
    public String line(int n) {
        List<String> lines = text.lines().toList();
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
    }
}
