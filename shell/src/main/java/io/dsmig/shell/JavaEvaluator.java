package io.dsmig.shell;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * {@code :java}: Java snippets evaluated in this JVM through the JDK's JShell API (local execution
 * engine), with {@code world}, {@code engine} and {@code dsmig} declared as variables bound to the
 * live session. Created on first use: starting JShell takes about a second.
 */
final class JavaEvaluator implements AutoCloseable {

    private JShell jshell;
    private int boundTo = -1;

    /** What a snippet gave: the lines to print, and whether any of them is an error or exception. */
    record Result(List<String> lines, boolean failed) {
    }

    /** Evaluates one or more snippets: their values, or their errors and exceptions. */
    Result evaluate(String code, int sessionGeneration) {
        JShell shell = shell();
        if (boundTo != sessionGeneration) {
            declare(shell);
            boundTo = sessionGeneration;
        }
        List<String> out = new ArrayList<>();
        boolean failed = false;
        String rest = code;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(rest);
            String snippet = info.source() == null ? rest : info.source();
            for (SnippetEvent e : shell.eval(snippet)) {
                failed |= describe(shell, e, out);
            }
            rest = info.source() == null ? "" : info.remaining();
        }
        return new Result(out, failed);
    }

    /** Adds what an event printed; true when it was an error or an exception. */
    private static boolean describe(JShell shell, SnippetEvent e, List<String> out) {
        if (e.exception() != null) {
            String type = e.exception() instanceof EvalException x ? x.getExceptionClassName()
                    : e.exception().getClass().getName();
            out.add("exception: " + type.substring(type.lastIndexOf('.') + 1)
                    + (e.exception().getMessage() == null ? "" : ": " + e.exception().getMessage()));
            return true;
        }
        if (e.status() == Snippet.Status.REJECTED) {
            for (Diag d : shell.diagnostics(e.snippet()).toList()) {
                out.add("error: " + d.getMessage(Locale.ROOT));
            }
            return true;
        }
        if (e.value() != null && (e.snippet().kind() == Snippet.Kind.EXPRESSION
                || e.snippet().kind() == Snippet.Kind.VAR)) {
            out.add(e.value());
        }
        return false;
    }

    private JShell shell() {
        if (jshell == null) {
            jshell = JShell.builder().executionEngine("local").build();
            for (String entry : classPath()) {
                jshell.addToClasspath(entry);
            }
            jshell.eval("import io.dsmig.sim.*; import io.dsmig.sim.name.*; import io.dsmig.engine.*;");
        }
        return jshell;
    }

    private static void declare(JShell shell) {
        shell.eval("var world = io.dsmig.shell.ShellBindings.world();");
        shell.eval("var engine = io.dsmig.shell.ShellBindings.engine();");
        shell.eval("var dsmig = io.dsmig.shell.ShellBindings.dsmig();");
    }

    /**
     * The class path snippets compile against: the JVM's, with the Class-Path of a launching jar's
     * manifest expanded ({@code java -jar} puts only the jar itself in {@code java.class.path}).
     */
    static List<String> classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (!e.isBlank()) {
                entries.add(e);
                expandManifest(Path.of(e), entries);
            }
        }
        try {
            Path self = Path.of(JavaEvaluator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            entries.add(self.toString());
            expandManifest(self, entries);
        } catch (URISyntaxException | RuntimeException e) {
            // The classes' own location is unknown; the class path above has to do.
        }
        return new ArrayList<>(entries);
    }

    private static void expandManifest(Path jar, Set<String> entries) {
        if (!jar.toString().endsWith(".jar") || !Files.isRegularFile(jar)) {
            return;
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest m = file.getManifest();
            String cp = m == null ? null : m.getMainAttributes().getValue("Class-Path");
            if (cp == null) {
                return;
            }
            for (String item : cp.trim().split("\\s+")) {
                Path p = item.startsWith("file:") ? Path.of(java.net.URI.create(item)) : jar.getParent().resolve(item);
                if (entries.add(p.normalize().toString())) {
                    expandManifest(p, entries);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // An unreadable jar adds nothing.
        }
    }

    @Override
    public void close() {
        if (jshell != null) {
            jshell.close();
        }
    }
}
