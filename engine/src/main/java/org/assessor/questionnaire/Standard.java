package org.assessor.questionnaire;

import java.util.List;

/**
 * One standard of a section.
 *
 * @param title       the short title, as the source report's summary table gives it
 * @param description the longer wording, where the report has one; may equal the title
 */
public record Standard(String id, String title, String description, List<Criterion> criteria) {

    public Standard {
        criteria = List.copyOf(criteria);
    }
}
