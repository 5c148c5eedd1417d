package org.assessor.rules.fact;

import org.assessor.core.ActionLevel;
import org.assessor.core.Priority;

/**
 * Recommendation outcome: an action the site should take.
 *
 * @param id       the action's id, unique in its rule set, e.g. {@code A2.4-1}
 * @param targetId the standard or criterion the action remedies
 * @param priority how soon to act
 * @param level    who acts: team, organisation or programme
 * @param text     what to do, in plain words
 */
public record RecommendedAction(String id, String targetId, Priority priority, ActionLevel level, String text) {
}
