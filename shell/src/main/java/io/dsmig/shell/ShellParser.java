package io.dsmig.shell;

import io.dsmig.dsl.parse.ScriptParser;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;

/**
 * Splits the line for completion the way JLine does, and on Enter asks the language whether the
 * statement can end there: inside a {@code """} hook, after a trailing comma or backslash, or where
 * the grammar needs more, the shell shows the continuation prompt and keeps reading.
 */
final class ShellParser implements Parser {

    private final DefaultParser words = new DefaultParser();

    ShellParser() {
        words.setEscapeChars(new char[0]);
        words.setQuoteChars(new char[] {'\''});
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !line.trim().startsWith(":") && ScriptParser.incomplete(line)) {
            throw new EOFError(-1, -1, "the statement continues", "more");
        }
        try {
            return words.parse(line, cursor, context == ParseContext.ACCEPT_LINE ? ParseContext.COMPLETE : context);
        } catch (EOFError e) {
            return words.parse(line + "'", cursor, ParseContext.COMPLETE);
        }
    }

    @Override
    public boolean isEscapeChar(char ch) {
        return false;
    }
}
