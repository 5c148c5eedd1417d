package org.assessor.api;

import java.util.List;
import org.assessor.round.OutboxMessage;

/** A round's messages to respondents, with links left out, and whether mail is configured. */
public record OutboxView(String mail, List<OutboxMessage> messages) {
}
