package org.assessor.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.assessor.app.ActionPlanService;

/** The form for one action's plan: its values as shown or typed, and its errors. */
public record ActionForm(String assessmentId, String actionId, String text, String owner, String dueDay,
                         String dueMonth, String dueYear, String status, FormErrors errors) {

    /** The statuses offered. */
    public List<String> statuses() {
        return ActionPlanService.STATUSES;
    }

    /** The due date typed: null when all three boxes are blank. */
    LocalDate due() {
        if (dueDay.isBlank() && dueMonth.isBlank() && dueYear.isBlank()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(dueYear.strip()), Integer.parseInt(dueMonth.strip()),
                    Integer.parseInt(dueDay.strip()));
        } catch (NumberFormatException | DateTimeException e) {
            throw new IllegalArgumentException("Enter a real due date, for example 30 6 2027, or leave it blank");
        }
    }

    /** The form field a service error at {@code pointer} belongs to. */
    static String fieldOf(String pointer) {
        return switch (pointer) {
            case "/owner" -> "owner";
            case "/due" -> "due-day";
            default -> "status";
        };
    }
}
