package org.assessor.api;

import java.util.List;
import org.assessor.round.Progress;
import org.assessor.round.Round;

/**
 * The JSON of a round's progress: counts by role against those expected, the totals, open links'
 * use, and who has not finished (names of those invited only, never answers).
 */
public record ProgressView(RoundView round, List<RoleView> roles, RoleView total, List<OpenLinkView> openLinks,
                           List<InvitationView> notFinished) {

    /** One role's counts (or the total, with role {@code all}). */
    public record RoleView(String role, int expected, int invited, int started, int submitted) {
    }

    /** One open link: its invitation id, role, cap and how many personal links it has made. */
    public record OpenLinkView(String id, String role, int cap, int opened) {
    }

    public static ProgressView of(Progress p, Round.Status status) {
        List<RoleView> roles = p.roles().stream()
                .map(r -> new RoleView(r.role(), r.expected(), r.invited(), r.started(), r.submitted())).toList();
        RoleView total = new RoleView("all", roles.stream().mapToInt(RoleView::expected).sum(),
                roles.stream().mapToInt(RoleView::invited).sum(), roles.stream().mapToInt(RoleView::started).sum(),
                roles.stream().mapToInt(RoleView::submitted).sum());
        return new ProgressView(RoundView.of(p.round(), status), roles, total, p.openLinks().stream()
                .map(o -> new OpenLinkView(o.link().id(), o.link().role(), o.link().cap(), o.opened())).toList(),
                p.notFinished().stream().map(InvitationView::of).toList());
    }
}
