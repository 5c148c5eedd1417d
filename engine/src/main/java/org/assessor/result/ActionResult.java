package org.assessor.result;

import org.assessor.core.ActionLevel;
import org.assessor.core.Priority;

/**
 * A recommended action, with the rule that recommended it.
 *
 * @param target the standard or criterion it remedies
 */
public record ActionResult(String id, String target, Priority priority, ActionLevel level, String text, String rule) {
}
