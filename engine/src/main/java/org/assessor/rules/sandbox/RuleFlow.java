package org.assessor.rules.sandbox;

import java.util.Set;

/** What one rule matches and what it inserts: the edges of a rule set's {@link LayerGraph}. */
record RuleFlow(String file, int line, String rule, Set<Class<?>> matches, Set<Class<?>> inserts) {
}
