package org.assessor.web;

import java.util.List;
import org.assessor.round.Round;

/** The list of rounds: one row each, and whether the person may open new ones. */
public record RoundList(List<Row> rounds, boolean mayOpen) {

    /** One round in the list. */
    public record Row(String id, String site, String questionnaire, String cycle, String status, String closes) {
        static Row of(Round round, Round.Status status) {
            return new Row(round.id(), round.spec().siteName(), round.spec().questionnaireId(), round.spec().cycle(),
                    status.code(), Dates.day(round.spec().closesAt()));
        }
    }
}
