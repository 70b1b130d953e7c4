package io.dsmig.dsl.hooks;

import groovy.lang.MetaProperty;
import groovy.lang.MissingMethodException;
import groovy.lang.MissingPropertyException;
import groovy.lang.Script;
import io.dsmig.dsl.Hints;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.codehaus.groovy.runtime.InvokerHelper;

/**
 * Why a hook's code failed, in the words of the hook's author: a name that is not there is named with
 * what it was looked up on and the nearest name that is, instead of Groovy's message with internal
 * class names.
 */
final class HookErrors {

    private HookErrors() {
    }

    /** {@code e} in words; {@code variables} are the names the hook has bound. */
    static String describe(Throwable e, Collection<String> variables) {
        if (e instanceof StackOverflowError) {
            return "it recursed without end";
        }
        if (e instanceof MissingPropertyException p && p.getType() != null) {
            return missingProperty(p, variables);
        }
        if (e instanceof MissingMethodException m && m.getType() != null && !m.isStatic()) {
            return missingMethod(m);
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    private static String missingProperty(MissingPropertyException p, Collection<String> variables) {
        if (Script.class.isAssignableFrom(p.getType())) {
            return "there is no variable '" + p.getProperty() + "' in the hook; "
                    + Hints.didYouMean(p.getProperty(), variables, "it has " + String.join(", ", new TreeSet<>(variables)));
        }
        List<String> known = properties(p.getType());
        return "there is no property '" + p.getProperty() + "' on " + what(p.getType()) + "; "
                + Hints.didYouMean(p.getProperty(), known, "it has " + String.join(", ", known));
    }

    private static String missingMethod(MissingMethodException m) {
        List<String> known = methods(m.getType());
        if (known.contains(m.getMethod())) {
            int n = m.getArguments() == null ? 0 : m.getArguments().length;
            return m.getMethod() + "() on " + what(m.getType()) + " cannot be called " + (n == 0 ? "without arguments"
                    : n == 1 ? "with 1 argument" : "with " + n + " arguments");
        }
        return "there is no method " + m.getMethod() + "() on " + what(m.getType()) + "; "
                + Hints.didYouMean(m.getMethod(), known, "it has " + String.join(", ", known));
    }

    /** A type as a hook's author knows it. */
    private static String what(Class<?> type) {
        if (type == HookApps.App.class) {
            return "an application";
        }
        if (type == HookApps.class) {
            return "apps";
        }
        return "a " + type.getSimpleName();
    }

    private static List<String> properties(Class<?> type) {
        return InvokerHelper.getMetaClass(type).getProperties().stream().map(MetaProperty::getName)
                .filter(n -> !n.equals("class")).sorted().distinct().toList();
    }

    private static List<String> methods(Class<?> type) {
        return Arrays.stream(type.getMethods()).filter(m -> m.getDeclaringClass() != Object.class)
                .filter(m -> !Modifier.isStatic(m.getModifiers())).map(Method::getName)
                .filter(n -> !n.startsWith("get") || n.length() == 3).sorted().distinct().toList();
    }
}
