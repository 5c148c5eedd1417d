package org.assessor.round;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What a respondent's link shows: the round, their invitation, their answers so far, whether
 * submitted, and the questions still to answer.
 */
public record Sheet(Round round, Invitation invitation, ObjectNode answers, boolean submitted, int revision,
                    List<String> missing) {
}
