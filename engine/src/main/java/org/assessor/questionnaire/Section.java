package org.assessor.questionnaire;

import java.util.List;

/** One section of a questionnaire, holding standards in their reading order. */
public record Section(String id, String title, String description, List<Standard> standards) {

    public Section {
        standards = List.copyOf(standards);
    }
}
