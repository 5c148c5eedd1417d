package org.assessor.rules;

import java.util.AbstractList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an evaluation's rules concluded: every fact the rules inserted and that still held when
 * the rules stopped, each with the name of the rule that inserted it. Belongs to the thread of
 * its evaluation (the identity index behind {@link #ruleOf} is built on first use).
 */
public final class Outcomes {
    private final List<Derived<?>> conclusions;
    private final Map<Class<?>, List<Derived<?>>> byType;
    private final int firings;
    private Map<Object, String> ruleOf;

    /** One concluded fact and the rule that concluded it. */
    public record Derived<T>(T fact, String rule) {
    }

    /**
     * @param conclusions every conclusion in the order drawn, null where truth maintenance withdrew it
     * @param byType      the conclusions still held, by the exact class of their fact
     */
    Outcomes(List<Derived<?>> conclusions, Map<Class<?>, List<Derived<?>>> byType, int firings) {
        this.conclusions = conclusions;
        this.byType = byType;
        this.firings = firings;
    }

    /**
     * Every concluded fact of exactly the type {@code type} (facts are records, so there are no
     * subtypes), in the order they were concluded; {@code Object.class} gives every fact.
     */
    public <T> List<T> all(Class<T> type) {
        List<Derived<T>> derived = derived(type);
        return new AbstractList<>() {
            @Override
            public T get(int index) {
                return derived.get(index).fact();
            }

            @Override
            public int size() {
                return derived.size();
            }
        };
    }

    /** Like {@link #all(Class)}, each fact with the rule that concluded it. */
    @SuppressWarnings("unchecked")
    public <T> List<Derived<T>> derived(Class<T> type) {
        List<Derived<?>> list = type == Object.class
                ? conclusions.stream().filter(Objects::nonNull).toList()
                : byType.getOrDefault(type, List.of());
        return Collections.unmodifiableList((List<Derived<T>>) (List<?>) list);
    }

    /** The rule that concluded {@code fact} (compared by identity), or null for input facts. */
    public String ruleOf(Object fact) {
        if (ruleOf == null) {
            Map<Object, String> index = new IdentityHashMap<>();
            derived(Object.class).forEach(d -> index.put(d.fact(), d.rule()));
            ruleOf = index;
        }
        return ruleOf.get(fact);
    }

    /** How many rule activations fired. */
    public int firings() {
        return firings;
    }
}
