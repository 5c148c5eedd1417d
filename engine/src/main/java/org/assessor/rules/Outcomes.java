package org.assessor.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an evaluation's rules concluded: every fact the rules inserted and that still held when
 * the rules stopped, each with the name of the rule that inserted it.
 */
public final class Outcomes {
    private final List<Derived> derived;
    private final Map<Object, String> ruleOf;
    private final Map<Class<?>, List<Object>> byType = new HashMap<>();
    private final int firings;

    /** One concluded fact and the rule that concluded it. */
    public record Derived(Object fact, String rule) {
    }

    Outcomes(Collection<Derived> derived, int firings) {
        this.derived = List.copyOf(derived);
        this.ruleOf = new IdentityHashMap<>(this.derived.size());
        this.firings = firings;
        for (Derived d : this.derived) {
            ruleOf.put(d.fact(), d.rule());
            byType.computeIfAbsent(d.fact().getClass(), t -> new ArrayList<>()).add(d.fact());
        }
    }

    /**
     * Every concluded fact of exactly the type {@code type} (facts are records, so there are no
     * subtypes), in the order they were concluded; {@code Object.class} gives every fact.
     */
    @SuppressWarnings("unchecked")
    public <T> List<T> all(Class<T> type) {
        if (type == Object.class) {
            return (List<T>) derived.stream().map(Derived::fact).toList();
        }
        return (List<T>) Collections.unmodifiableList(byType.getOrDefault(type, List.of()));
    }

    /** The rule that concluded {@code fact} (compared by identity), or null for input facts. */
    public String ruleOf(Object fact) {
        return ruleOf.get(fact);
    }

    /** How many rule activations fired. */
    public int firings() {
        return firings;
    }
}
