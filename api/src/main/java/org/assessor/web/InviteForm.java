package org.assessor.web;

import java.util.ArrayList;
import java.util.List;
import org.assessor.assessment.FieldError;
import org.assessor.round.NewInvitation;
import org.assessor.round.RoundInvalid;

/**
 * The invitation form: people pasted one per line as {@code role, name, email} (name and e-mail
 * optional, so a spreadsheet's three columns paste as they are), and, in anonymous rounds, an open
 * link for one role with a cap.
 */
public record InviteForm(String roundId, String people, String openRole, String openCap, boolean anonymous,
                         List<String> roles, FormErrors errors) {

    /**
     * The invitations asked for.
     *
     * @throws RoundInvalid naming the line at fault (as {@code /people})
     */
    static List<NewInvitation> invitations(String people, String openRole, String openCap) {
        List<NewInvitation> invitations = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        String[] lines = people == null ? new String[0] : people.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("[,\\t]", -1);
            String role = cells[0].strip();
            String name = cells.length > 1 && !cells[1].isBlank() ? cells[1].strip() : null;
            String email = cells.length > 2 && !cells[2].isBlank() ? cells[2].strip() : null;
            if (cells.length > 3) {
                errors.add(new FieldError("/people", "line " + (i + 1) + " has more than role, name and email"));
            }
            invitations.add(new NewInvitation(role, name, email, null));
        }
        if (openRole != null && !openRole.isBlank()) {
            try {
                invitations.add(new NewInvitation(openRole, null, null, Integer.parseInt(openCap.strip())));
            } catch (NumberFormatException | NullPointerException e) {
                errors.add(new FieldError("/open-cap", "enter how many people the open link is for"));
            }
        }
        if (invitations.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError("/people", "enter at least one person, as: role, name, email"));
        }
        if (!errors.isEmpty()) {
            throw new RoundInvalid(errors);
        }
        return invitations;
    }

    /** The form field a service error at {@code pointer} belongs to: the people box, or the open link's cap. */
    static String fieldOf(String pointer) {
        return pointer.endsWith("/cap") || pointer.equals("/open-cap") ? "open-cap" : "people";
    }
}
