package org.assessor.web;

import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.function.Supplier;
import org.assessor.round.NoSuchLink;
import org.assessor.round.RoundConflict;
import org.assessor.round.TooManyLinkAttempts;

/**
 * The respondent's pages' answer to a link that cannot be used: a page, not the API's
 * problem+json. A link that does not work (unknown, replaced, revoked) gives 404; a round not
 * taking answers, or answers already submitted, 409; too many links that do not work from one
 * address, 429 with {@code Retry-After}. The service's messages never repeat the link, and
 * neither does anything here. Thread-safe.
 */
final class RespondProblems {
    private static final String TEMPLATE = "respond/problem.jte";
    private final Pages pages;

    RespondProblems(Pages pages) {
        this.pages = pages;
    }

    /** What {@code work} makes, or the page for the link problem it ran into. */
    Response guard(WebContext web, Supplier<Response> work) {
        try {
            return work.get();
        } catch (NoSuchLink e) {
            return render(web, 404, "This link does not work", new RespondProblem(sentence(e.getMessage()),
                    "If you were sent a newer message with a link, use the link in that one.", null, null));
        } catch (TooManyLinkAttempts e) {
            long minutes = Math.max(1, (e.retryAfterSeconds() + 59) / 60);
            return Response.fromResponse(render(web, 429, "Too many links tried", new RespondProblem(
                    "Too many links that do not work have been tried from this network address.",
                    "Wait " + minutes + (minutes == 1 ? " minute" : " minutes") + ", then try your link again.",
                    null, null))).header("Retry-After", e.retryAfterSeconds()).build();
        } catch (RoundConflict e) {
            return render(web, 409, heading(e.kind()), new RespondProblem(sentence(e.getMessage()),
                    advice(e.kind()), null, null));
        }
    }

    /** 404: the link works, but the page asked for (a section) does not exist. */
    Response notFound(WebContext web, RespondRound round) {
        return render(web, 404, "Page not found", new RespondProblem("This questionnaire has no such page.",
                "Go back to the list of sections to go on answering.", round.base() + "/tasks", "Go to the sections"));
    }

    private Response render(WebContext web, int status, String title, RespondProblem problem) {
        return pages.render(status, TEMPLATE, web.page(title), problem);
    }

    private static String heading(String kind) {
        return switch (kind) {
            case "round-closed" -> "This questionnaire has closed";
            case "round-not-open" -> "This questionnaire is not open yet";
            case "already-submitted" -> "You have already submitted your answers";
            case "open-link-full" -> "This link has been used by everyone it was for";
            default -> "This cannot be done with this link";
        };
    }

    private static String advice(String kind) {
        return switch (kind) {
            case "round-closed" -> "If you still need to give your answers, contact the person who asked you to.";
            case "round-not-open" -> "Come back when it opens: your link will work then.";
            case "already-submitted" -> "If an answer needs to change, ask the person who runs the questionnaire to"
                    + " reopen your answers.";
            default -> "Ask the person who runs the questionnaire for a link of your own.";
        };
    }

    /** {@code message} starting with a capital and ending with a full stop. */
    static String sentence(String message) {
        String text = message == null || message.isBlank() ? "Something went wrong" : message.strip();
        text = text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }
}
