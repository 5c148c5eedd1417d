package org.assessor.web;

import org.assessor.questionnaire.Question;

/**
 * The start page of a link: who asks, what for, how long it takes, what anonymity means here,
 * until when, and where the respondent stands.
 *
 * @param round       the round
 * @param description the questionnaire's description (may be empty)
 * @param questions   how many questions it asks
 * @param minutes     about how long answering takes, in minutes (a multiple of 5)
 * @param state       where the respondent stands: the button or form the page offers follows from it
 * @param ownLink     true if this personal link was made from a shared link (so the page says to keep it)
 */
public record RespondStart(RespondRound round, String description, int questions, int minutes, State state,
                           boolean ownLink) {
    /** Seconds a rated question takes to answer, about. */
    static final int RATED_SECONDS = 45;
    /** Seconds a free-text evidence question takes, about. */
    static final int EVIDENCE_SECONDS = 120;

    /** Where the respondent stands. */
    public enum State {
        /** A personal link, nothing saved yet: "Start now". */
        NEW,
        /** A personal link with answers saved: "Continue". */
        STARTED,
        /** Submitted (and not reopened): nothing to do. */
        SUBMITTED,
        /** A shared (open) link: get a personal link first. */
        SHARED
    }

    /** The start page for {@code visit}. */
    public static RespondStart of(RespondVisit visit) {
        int seconds = 0;
        for (Question question : visit.questionnaire().questions().values()) {
            seconds += question.type().isRated() ? RATED_SECONDS : EVIDENCE_SECONDS;
        }
        int minutes = Math.max(5, (seconds + 299) / 300 * 5);
        State state = visit.shared() ? State.SHARED : visit.locked() ? State.SUBMITTED
                : visit.started() ? State.STARTED : State.NEW;
        return new RespondStart(visit.round(), visit.questionnaire().description(),
                visit.questionnaire().questions().size(), minutes, state,
                visit.sheet().invitation().openedFrom() != null);
    }
}
