package org.assessor.rules;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an evaluation's rules concluded: every fact the rules inserted and that still held when
 * the rules stopped, each with the name of the rule that inserted it.
 */
public final class Outcomes {
    private final List<Derived> derived;
    private final Map<Object, String> ruleOf = new IdentityHashMap<>();
    private final int firings;

    /** One concluded fact and the rule that concluded it. */
    public record Derived(Object fact, String rule) {
    }

    Outcomes(List<Derived> derived, int firings) {
        this.derived = List.copyOf(derived);
        this.firings = firings;
        for (Derived d : this.derived) {
            ruleOf.put(d.fact(), d.rule());
        }
    }

    /** Every concluded fact of type {@code type}, in the order they were concluded. */
    public <T> List<T> all(Class<T> type) {
        return derived.stream().map(Derived::fact).filter(type::isInstance).map(type::cast).toList();
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
