package org.assessor.rules.fact;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assessor.core.Given;
import org.assessor.core.Level;

/**
 * The named policy values of a rule set, from its {@code policy.csv}: the shares and points the
 * rating policy is written with, e.g. {@code standard met from} = 0.75. Given to every session
 * once; rules read a value with {@code $policy.get("standard met from")}.
 *
 * <p>Immutable; equal when the values are.
 */
@Given
public final class PolicyValues {
    private final Map<String, Double> values;
    /** The points of each level, by ordinal, looked up once: read for every answer pooled. */
    private final Double[] points = new Double[Level.values().length];

    private PolicyValues(Map<String, Double> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        for (Level level : Level.values()) {
            points[level.ordinal()] = values.get(pointsName(level));
        }
    }

    private static String pointsName(Level level) {
        return "points for a " + level.code() + " answer";
    }

    /** The values {@code values}, by name, in table order. */
    public static PolicyValues of(Map<String, Double> values) {
        return new PolicyValues(values);
    }

    /**
     * The value named {@code name}.
     *
     * @throws IllegalArgumentException if the rule set's policy table has no such value: a rule
     *                                  that reads it stops the evaluation with this message
     */
    public double get(String name) {
        Double value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the rules read the policy value '" + name + "', which policy.csv does"
                    + " not have (it has " + String.join(", ", values.keySet()) + ")");
        }
        return value;
    }

    /** The points an answer of level {@code level} earns: the value {@code points for a <level> answer}. */
    public double points(Level level) {
        Double value = points[level.ordinal()];
        return value != null ? value : get(pointsName(level));
    }

    /** Every value, by name, in table order. */
    public Map<String, Double> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PolicyValues p && p.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "PolicyValues" + values;
    }
}
