package org.assessor.api;

import org.assessor.core.ActionLevel;
import org.assessor.core.Priority;
import org.assessor.result.ActionResult;

/** The JSON of one recommended action. */
public record ActionView(String id, String target, String priority, String level, String text, String rule) {

    static ActionView of(ActionResult a) {
        return new ActionView(a.id(), a.target(), a.priority().code(), a.level().code(), a.text(), a.rule());
    }

    ActionResult toDomain() {
        return new ActionResult(id, target, Priority.valueOf(ResultView.enumName(priority)),
                ActionLevel.valueOf(ResultView.enumName(level)), text, rule);
    }
}
