package org.assessor.http.error;

import org.glassfish.grizzly.http.server.Request;

/**
 * Closes a request's connection once its answer has been sent: for a body that could not be read
 * to its end, whose rest on the connection cannot be told from a next request. Without it the
 * connection would be held for the keep-alive time after the answer.
 */
final class ClosedAfterAnswer {
    private ClosedAfterAnswer() {
    }

    static void mark(Request request) {
        request.addAfterServiceListener(served -> served.getContext().getConnection().close());
    }
}
