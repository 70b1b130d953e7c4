package io.dsmig.dsl;

import com.vmware.antlr4c3.CodeCompletionCore;
import io.dsmig.dsl.check.Symbols;
import io.dsmig.dsl.parse.DsmigLexer;
import io.dsmig.dsl.parse.DsmigParser;
import io.dsmig.sim.World;
import io.dsmig.sim.catalog.CatalogEntry;
import io.dsmig.sim.name.Mask;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;

/**
 * What can be typed at the cursor: the keywords the grammar allows there (computed from the real
 * parser with antlr4-c3), and names from the live world where the grammar wants a name — volsers,
 * images, applications, migrations, storage groups, data set names and masks inside quotes.
 */
public final class Completions {

    /** One candidate: the text to insert, what it is, and a short description. */
    public record Candidate(String value, String kind, String description) {
    }

    static {
        Logger.getLogger(CodeCompletionCore.class.getName()).setLevel(Level.WARNING);
    }

    private static final Set<Integer> PREFERRED = Set.of(DsmigParser.RULE_volser, DsmigParser.RULE_name,
            DsmigParser.RULE_string, DsmigParser.RULE_device);

    private static final Set<Integer> IGNORED = Set.of(DsmigLexer.ID, DsmigLexer.ALNUM, DsmigLexer.NUMBER,
            DsmigLexer.DURATION, DsmigLexer.PERCENT, DsmigLexer.STRING, DsmigLexer.PARAM_REF, DsmigLexer.DEVICE,
            DsmigLexer.GROOVY_BLOCK, DsmigLexer.ERROR_CHAR, DsmigLexer.COMMENT, DsmigLexer.WS, DsmigLexer.CONTINUATION,
            DsmigLexer.NEWLINE, DsmigLexer.SEMI, DsmigLexer.COMMA, DsmigLexer.DOTDOT, DsmigLexer.SLASH, DsmigLexer.LT,
            DsmigLexer.EQ, Token.EOF);

    private final Interpreter interpreter;

    public Completions(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    /** Candidates for the word that ends at {@code cursor} in {@code text} (the statement being typed). */
    public List<Candidate> at(String text, int cursor) {
        String before = text.substring(0, Math.min(cursor, text.length()));
        String statement = currentStatement(before);
        if (openQuote(statement)) {
            return quoted(statement.substring(statement.lastIndexOf('\'') + 1));
        }
        int wordStart = wordStart(statement);
        String prefix = statement.substring(wordStart).toUpperCase(Locale.ROOT);
        List<Candidate> out = new ArrayList<>();
        CodeCompletionCore.CandidatesCollection c = candidates(statement.substring(0, wordStart));
        for (int type : c.tokens.keySet()) {
            String literal = DsmigLexer.VOCABULARY.getLiteralName(type);
            if (literal != null && literal.length() > 2) {
                String word = literal.substring(1, literal.length() - 1).toLowerCase(Locale.ROOT);
                if (word.toUpperCase(Locale.ROOT).startsWith(prefix) && Character.isLetter(word.charAt(0))) {
                    out.add(new Candidate(word, "keyword", ""));
                }
            }
        }
        for (Map.Entry<Integer, List<Integer>> rule : c.rules.entrySet()) {
            names(rule.getKey(), rule.getValue(), prefix, out);
        }
        return dedupe(out);
    }

    private CodeCompletionCore.CandidatesCollection candidates(String text) {
        DsmigLexer lexer = new DsmigLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        DsmigParser parser = new DsmigParser(tokens);
        parser.removeErrorListeners();
        tokens.fill();
        int caret = tokens.getTokens().stream().filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL)
                .mapToInt(Token::getTokenIndex).reduce((a, b) -> b).orElse(0);
        CodeCompletionCore core = new CodeCompletionCore(parser, PREFERRED, IGNORED);
        return core.collectCandidates(caret, null);
    }

    /** Names from the live world and the script so far, by what the grammar wants and where. */
    private void names(int rule, List<Integer> stack, String prefix, List<Candidate> out) {
        Symbols s = interpreter.symbols();
        World w = interpreter.runtime().hasWorld() ? interpreter.runtime().world() : null;
        if (rule == DsmigParser.RULE_device) {
            io.dsmig.sim.geometry.DeviceType.standardNames().forEach(d -> add(out, d, "device", prefix));
            return;
        }
        if (rule == DsmigParser.RULE_string) {
            out.add(new Candidate("'", "quote", "a data set name or mask"));
            return;
        }
        Set<String> kinds = nameKinds(rule, stack);
        if (kinds.contains("volume")) {
            volumes(s, w).forEach(v -> add(out, v, "volume", prefix));
        }
        if (kinds.contains("image")) {
            images(s, w).forEach(v -> add(out, v, "image", prefix));
        }
        if (kinds.contains("application")) {
            s.applications().forEach(v -> add(out, v, "application", prefix));
        }
        if (kinds.contains("migration")) {
            s.migrations().forEach(v -> add(out, v, "migration", prefix));
            interpreter.runtime().migrations().keySet().forEach(v -> add(out, v, "migration", prefix));
        }
        if (kinds.contains("pool")) {
            s.pools().forEach(v -> add(out, v, "pool", prefix));
        }
        if (kinds.contains("churn")) {
            s.churns().forEach(v -> add(out, v, "churn", prefix));
        }
    }

    /** What kind of name the statement being typed wants, judged by the rules it is inside. */
    private static Set<String> nameKinds(int rule, List<Integer> stack) {
        Set<String> kinds = new TreeSet<>();
        if (rule == DsmigParser.RULE_volser) {
            kinds.add("volume");
            return kinds;
        }
        for (int r : stack) {
            switch (r) {
                case DsmigParser.RULE_runStatement, DsmigParser.RULE_statusStatement, DsmigParser.RULE_verifyStatement,
                        DsmigParser.RULE_reportStatement, DsmigParser.RULE_abortStatement, DsmigParser.RULE_whatifStatement,
                        DsmigParser.RULE_hookStatement -> kinds.add("migration");
                case DsmigParser.RULE_showStatement -> {
                    kinds.add("migration");
                    kinds.add("churn");
                }
                case DsmigParser.RULE_imageStatement, DsmigParser.RULE_imageControlStatement,
                        DsmigParser.RULE_volumeOption, DsmigParser.RULE_churnOption -> kinds.add("image");
                case DsmigParser.RULE_appControlStatement -> kinds.add("application");
                case DsmigParser.RULE_applicationStatement, DsmigParser.RULE_selectStatement,
                        DsmigParser.RULE_planStatement -> kinds.add("image");
                case DsmigParser.RULE_selection -> kinds.add("pool");
                case DsmigParser.RULE_volumes, DsmigParser.RULE_volumeItem -> kinds.add("volume");
                default -> {
                }
            }
        }
        return kinds;
    }

    private static Set<String> volumes(Symbols s, World w) {
        Set<String> all = new TreeSet<>(s.volumes());
        if (w != null) {
            w.volumes().volsers().forEach(v -> all.add(v.value()));
        }
        return all;
    }

    private static Set<String> images(Symbols s, World w) {
        Set<String> all = new TreeSet<>(s.images());
        if (w != null) {
            w.sysplex().images().forEach(i -> all.add(i.name()));
        }
        return all;
    }

    /** Inside quotes: data set names from the catalogs, and masks for their high-level qualifiers. */
    private List<Candidate> quoted(String prefix) {
        List<Candidate> out = new ArrayList<>();
        if (!interpreter.runtime().hasWorld()) {
            return out;
        }
        World w = interpreter.runtime().world();
        String p = prefix.toUpperCase(Locale.ROOT);
        Set<String> qualifiers = new TreeSet<>();
        int shown = 0;
        for (CatalogEntry e : w.catalogs().matching(Mask.parse("**"))) {
            String name = e.name().value();
            qualifiers.add(e.name().highLevelQualifier());
            if (name.startsWith(p) && shown++ < 200) {
                out.add(new Candidate(name + "'", "data set", e.type().name().toLowerCase(Locale.ROOT)));
            }
        }
        for (String hlq : qualifiers) {
            add(out, hlq + ".**'", "mask", p);
        }
        return out;
    }

    private static void add(List<Candidate> out, String value, String kind, String prefix) {
        if (value.toUpperCase(Locale.ROOT).startsWith(prefix)) {
            out.add(new Candidate(value, kind, ""));
        }
    }

    private static List<Candidate> dedupe(List<Candidate> list) {
        List<Candidate> out = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Candidate c : list) {
            if (seen.add(c.value())) {
                out.add(c);
            }
        }
        return out;
    }

    /** The statement the cursor is in: after the last ';' or unindented newline before it. */
    static String currentStatement(String before) {
        int cut = Math.max(before.lastIndexOf(';'), -1);
        int nl = before.lastIndexOf('\n');
        while (nl >= 0 && nl + 1 < before.length() && (before.charAt(nl + 1) == ' ' || before.charAt(nl + 1) == '\t')) {
            nl = before.lastIndexOf('\n', nl - 1);
        }
        return before.substring(Math.max(cut, nl) + 1);
    }

    private static boolean openQuote(String statement) {
        int quotes = 0;
        for (int i = 0; i < statement.length(); i++) {
            if (statement.charAt(i) == '\'') {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    private static int wordStart(String s) {
        int i = s.length();
        while (i > 0 && isWordChar(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '#' || c == '@' || c == '$' || c == '-' || c == '_';
    }
}
