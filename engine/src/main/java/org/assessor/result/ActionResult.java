package org.assessor.result;

import org.assessor.rules.fact.ActionLevel;
import org.assessor.rules.fact.Priority;

/**
 * A recommended action, with the rule that recommended it.
 *
 * @param target the standard or criterion it remedies
 */
public record ActionResult(String id, String target, Priority priority, ActionLevel level, String text, String rule) {
}
