package org.assessor.round;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One respondent's answers in a round, as saved so far.
 *
 * @param key          the response's key: a hash of its link's secret ({@link LinkToken#responseKey})
 * @param roundId      its round
 * @param invitationId its invitation; null in anonymous rounds, where nothing links the two
 * @param role         the role answered in
 * @param answers      question id → answer, as JSON; a copy the caller may keep
 * @param submitted    whether it has been submitted
 * @param revision     how many times it has been saved
 */
public record Response(String key, String roundId, String invitationId, String role, ObjectNode answers,
                       boolean submitted, int revision) {

    public Response {
        answers = answers.deepCopy();
    }

    @Override
    public ObjectNode answers() {
        return answers.deepCopy();
    }
}
