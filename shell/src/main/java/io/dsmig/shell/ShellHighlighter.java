package io.dsmig.shell;

import io.dsmig.dsl.Highlight;
import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** Colours what is typed from the real lexer's tokens, and underlines where the parser found an error. */
final class ShellHighlighter implements Highlighter {

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        if (buffer.trim().startsWith(":")) {
            return new AttributedStringBuilder().style(AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA))
                    .append(buffer).toAttributedString();
        }
        AttributedStyle[] styles = new AttributedStyle[buffer.length()];
        for (Highlight.Span s : Highlight.spans(buffer)) {
            for (int i = s.start(); i < s.end() && i < styles.length; i++) {
                styles[i] = style(s.style());
            }
        }
        Highlight.Span error = Highlight.error(buffer);
        if (error != null) {
            for (int i = error.start(); i < error.end() && i < styles.length; i++) {
                styles[i] = (styles[i] == null ? AttributedStyle.DEFAULT : styles[i]).underline()
                        .foreground(AttributedStyle.RED);
            }
        }
        AttributedStringBuilder sb = new AttributedStringBuilder();
        for (int i = 0; i < buffer.length(); i++) {
            sb.style(styles[i] == null ? AttributedStyle.DEFAULT : styles[i]).append(buffer.charAt(i));
        }
        return sb.toAttributedString();
    }

    static AttributedStyle style(Highlight.Style style) {
        return switch (style) {
            case KEYWORD -> AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
            case NAME -> AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
            case STRING -> AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
            case NUMBER -> AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
            case COMMENT -> AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT).faint();
            case CODE -> AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
            case PUNCTUATION -> AttributedStyle.DEFAULT;
            case ERROR -> AttributedStyle.DEFAULT.foreground(AttributedStyle.RED).underline();
        };
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {
    }

    @Override
    public void setErrorIndex(int errorIndex) {
    }
}
