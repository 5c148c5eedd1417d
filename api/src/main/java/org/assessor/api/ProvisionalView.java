package org.assessor.api;

/**
 * The JSON of a round's provisional rating: always {@code "provisional": true}, the number of
 * submitted responses it counts, and the result as an assessment would have it (with no id: it is
 * never stored).
 */
public record ProvisionalView(boolean provisional, String roundId, int responses, ResultView result) {
}
