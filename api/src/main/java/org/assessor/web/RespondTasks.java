package org.assessor.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.assessor.questionnaire.Question;
import org.assessor.questionnaire.Section;

/**
 * The task list: the questionnaire's sections, each with its status, then checking the answers.
 *
 * @param round    the round
 * @param tasks    one per section, in order
 * @param answered how many rated questions are answered
 * @param total    how many rated questions there are (all must be answered to submit)
 */
public record RespondTasks(RespondRound round, List<Task> tasks, int answered, int total) {

    /** Where a section stands, from which of its rated questions are answered. */
    public enum Status {
        NOT_STARTED("Not started", "nhsuk-tag nhsuk-tag--blue"),
        IN_PROGRESS("In progress", "nhsuk-tag nhsuk-tag--white"),
        COMPLETED("Completed", "");

        private final String label;
        private final String tag;

        Status(String label, String tag) {
            this.label = label;
            this.tag = tag;
        }

        /** The words shown. */
        public String label() {
            return label;
        }

        /** The tag's classes, or empty for plain text (completed). */
        public String tag() {
            return tag;
        }

        /** The status of a section with {@code answered} of its {@code rated} rated questions answered. */
        static Status of(int answered, int rated, boolean anyAnswer) {
            if (rated == 0) {
                return anyAnswer ? COMPLETED : NOT_STARTED;
            }
            return answered == 0 ? NOT_STARTED : answered < rated ? IN_PROGRESS : COMPLETED;
        }
    }

    /**
     * One section of the list.
     *
     * @param number the section's place, from 1 (its status's element id is {@code task-<number>-status})
     * @param title  the section's title
     * @param href   its questions' address
     * @param status where it stands
     */
    public record Task(int number, String title, String href, Status status) {
    }

    /** True when every rated question is answered, so the answers can be submitted. */
    public boolean complete() {
        return answered == total;
    }

    /** The task list for {@code visit}. */
    public static RespondTasks of(RespondVisit visit) {
        ObjectNode answers = visit.sheet().answers();
        List<Task> tasks = new ArrayList<>();
        int answered = 0;
        int total = 0;
        for (Section section : visit.questionnaire().sections()) {
            int rated = 0;
            int done = 0;
            boolean any = false;
            for (Question question : RespondVisit.questions(section)) {
                boolean has = answers.hasNonNull(question.id());
                any |= has;
                if (question.type().isRated()) {
                    rated++;
                    done += has ? 1 : 0;
                }
            }
            answered += done;
            total += rated;
            tasks.add(new Task(tasks.size() + 1, section.title(), visit.round().section(section.id()),
                    Status.of(done, rated, any)));
        }
        return new RespondTasks(visit.round(), tasks, answered, total);
    }
}
