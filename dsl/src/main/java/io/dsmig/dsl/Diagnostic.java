package io.dsmig.dsl;

import io.dsmig.dsl.ast.Pos;

/**
 * One problem found in a script: where, what, and what to do about it. Printed as
 * {@code file:line:col: message}, then the source line, a caret under the token, and the hint.
 */
public record Diagnostic(Severity severity, Pos pos, String message, String hint) {

    /** How bad it is: an error stops the script; a warning is only said. */
    public enum Severity { ERROR, WARNING }

    public static Diagnostic error(Pos pos, String message, String hint) {
        return new Diagnostic(Severity.ERROR, pos, message, hint);
    }

    public static Diagnostic warning(Pos pos, String message, String hint) {
        return new Diagnostic(Severity.WARNING, pos, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The diagnostic with the offending source line and a caret under the token. */
    public String format(Source source) {
        StringBuilder sb = new StringBuilder();
        sb.append(pos.file()).append(':').append(pos.line()).append(':').append(pos.column()).append(": ");
        if (severity == Severity.WARNING) {
            sb.append("warning: ");
        }
        String[] lines = message.split("\n", 2);
        sb.append(lines[0]);
        String line = source == null || !source.name().equals(pos.file()) ? "" : source.line(pos.line());
        if (!line.isEmpty() && pos.column() >= 1) {
            String shown = line.replace('\t', ' ');
            sb.append('\n').append("    ").append(shown);
            int column = Math.min(pos.column(), shown.length() + 1);
            int width = Math.max(1, Math.min(pos.length(), Math.max(1, shown.length() - column + 1)));
            sb.append('\n').append("    ").append(" ".repeat(column - 1)).append('^').append("~".repeat(width - 1));
        }
        if (lines.length > 1) {
            sb.append('\n').append(lines[1]);
        }
        if (hint != null && !hint.isEmpty()) {
            sb.append('\n').append("    hint: ").append(hint.replace("\n", "\n          "));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return pos + ": " + message + (hint == null || hint.isEmpty() ? "" : " (" + hint.replaceAll("\\s*\n\\s*", " ") + ")");
    }
}
