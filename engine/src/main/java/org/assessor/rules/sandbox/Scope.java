package org.assessor.rules.sandbox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The variables a rule has bound so far ({@code $name}) with their types, and, inside a pattern,
 * the type whose properties bare names mean. Patterns under {@code not}, {@code exists},
 * {@code forall} and inside {@code collect} or {@code accumulate} work on a {@link #copy()}, so
 * what they bind is not visible after them. Not thread-safe; one per rule being judged.
 */
final class Scope {
    private final Map<String, Class<?>> variables;
    private final Class<?> pattern;

    Scope() {
        this(new LinkedHashMap<>(), null);
    }

    private Scope(Map<String, Class<?>> variables, Class<?> pattern) {
        this.variables = variables;
        this.pattern = pattern;
    }

    /** A scope that sees these variables and may bind more of its own. */
    Scope copy() {
        return new Scope(new LinkedHashMap<>(variables), null);
    }

    /** This scope, inside a pattern of {@code type}: bindings made there are this scope's. */
    Scope inPattern(Class<?> type) {
        return new Scope(variables, type);
    }

    Optional<Class<?>> pattern() {
        return Optional.ofNullable(pattern);
    }

    Optional<Class<?>> variable(String name) {
        return Optional.ofNullable(variables.get(name));
    }

    /** The names of the variables bound so far. */
    Set<String> variables() {
        return Collections.unmodifiableSet(variables.keySet());
    }

    boolean isBound(String name) {
        return variables.containsKey(name);
    }

    void bind(String name, Class<?> type) {
        variables.put(name, type);
    }
}
