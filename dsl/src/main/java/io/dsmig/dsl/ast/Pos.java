package io.dsmig.dsl.ast;

/** Where something is in a script: file, line and column (both from 1), and its length in characters. */
public record Pos(String file, int line, int column, int length) {

    public static final Pos NONE = new Pos("", 0, 0, 0);

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
