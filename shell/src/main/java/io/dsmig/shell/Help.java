package io.dsmig.shell;

import io.dsmig.dsl.Syntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;

/**
 * Help from the resource bundle {@code io.dsmig.shell.help}: {@code help} lists every statement,
 * concept and command with a line each; {@code help TOPIC} gives a statement's syntax and an example,
 * or explains a concept of the method (a walk-through to type along, mirroring, downtime,
 * reconcile). All the wording lives in the bundle, except each statement's syntax, which is the
 * language's own ({@link Syntax}), so that a syntax error can show it too.
 */
final class Help {

    private final ResourceBundle bundle = ResourceBundle.getBundle("io.dsmig.shell.help", Locale.ROOT);
    private final Commands commands;

    Help(Commands commands) {
        this.commands = commands;
    }

    /** Every statement topic, in order. */
    List<String> topics() {
        return list("topics");
    }

    /** The concepts explained for people learning the method ({@code mirroring}, {@code downtime}, …), in order. */
    List<String> concepts() {
        return list("concepts");
    }

    private List<String> list(String key) {
        List<String> list = new ArrayList<>();
        for (String t : bundle.getString(key).split(",")) {
            list.add(t.trim());
        }
        return list;
    }

    List<String> show(String topic) {
        if (topic.isEmpty()) {
            return overview();
        }
        String t = topic.toLowerCase(Locale.ROOT).replace(":", "");
        if (bundle.containsKey("alias." + t)) {
            t = bundle.getString("alias." + t);
        }
        if (concepts().contains(t)) {
            List<String> lines = new ArrayList<>();
            lines.add(t + " — " + bundle.getString("concept." + t + ".summary"));
            lines.add("");
            lines.addAll(List.of(bundle.getString("concept." + t + ".text").split("\n")));
            return lines;
        }
        if (Syntax.of(t).isPresent()) {
            return detail(t);
        }
        var command = commands.find(t);
        if (command.isPresent()) {
            return List.of(":" + command.get().summary());
        }
        TreeSet<String> all = new TreeSet<>(topics());
        all.addAll(concepts());
        return List.of("no help on '" + topic + "'; " + io.dsmig.dsl.Hints.didYouMean(t, all, "topics: "
                + String.join(", ", all)));
    }

    private List<String> overview() {
        List<String> lines = new ArrayList<>();
        lines.addAll(List.of(bundle.getString("intro").split("\n")));
        lines.add("");
        lines.add(bundle.getString("statements"));
        for (String t : topics()) {
            lines.add(String.format(Locale.ROOT, "  %-12s %s", t, bundle.getString("statement." + t + ".summary")));
        }
        lines.add("");
        lines.add(bundle.getString("conceptsHeading"));
        for (String c : concepts()) {
            lines.add(String.format(Locale.ROOT, "  %-12s %s", c, bundle.getString("concept." + c + ".summary")));
        }
        lines.add("");
        lines.add(bundle.getString("commands"));
        for (ShellCommand c : commands.all()) {
            lines.add(String.format(Locale.ROOT, "  :%-11s %s", c.name(), c.summary().replaceFirst("^\\S+\\s*", "")));
        }
        lines.add("");
        lines.addAll(List.of(bundle.getString("keys").split("\n")));
        return lines;
    }

    private List<String> detail(String t) {
        List<String> lines = new ArrayList<>();
        lines.add(t + " — " + bundle.getString("statement." + t + ".summary"));
        lines.add("");
        for (String l : Syntax.of(t).orElseThrow().split("\n")) {
            lines.add("  " + l);
        }
        lines.add("");
        lines.add("example:");
        for (String l : bundle.getString("statement." + t + ".example").split("\n")) {
            lines.add("  " + l);
        }
        return lines;
    }
}
