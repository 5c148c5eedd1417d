package org.assessor.web;

import org.assessor.round.Progress;
import org.assessor.round.Round;

/**
 * A round's page: the round, where it stands, its progress by role and who has not finished, and
 * a problem to show (null for none), e.g. why it could not be closed.
 */
public record RoundOverview(Round round, String status, Progress progress, String problem) {

    /** The closing date in words. */
    public String closes() {
        return Dates.day(round.spec().closesAt());
    }

    /** True while the round takes answers and invitations. */
    public boolean open() {
        return status.equals("open") || status.equals("scheduled");
    }

    /** True if it can still be closed. */
    public boolean closable() {
        return !status.equals("closed");
    }

    /** How many have submitted, of how many invited. */
    public String summary() {
        int invited = progress.roles().stream().mapToInt(Progress.RoleProgress::invited).sum();
        int submitted = progress.roles().stream().mapToInt(Progress.RoleProgress::submitted).sum();
        return submitted + " of " + invited + " invited " + (invited == 1 ? "person has" : "people have") + " submitted";
    }
}
