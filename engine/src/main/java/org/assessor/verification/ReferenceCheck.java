package org.assessor.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assessor.core.Rating;
import org.assessor.questionnaire.Questionnaire;
import org.assessor.rules.DrlUnit;
import org.assessor.rules.RuleProblem;

/**
 * Finds ids in rule files that the questionnaire lacks: criteria, standards, sections and
 * questions named in constraints ({@code criterionId == "2.4.z"}), in critical-criterion
 * declarations, and as the target of recommended actions. A misspelt id would otherwise make a
 * rule silently never fire.
 */
final class ReferenceCheck {
    private static final Pattern CONSTRAINT =
            Pattern.compile("\\b(criterionId|standardId|sectionId|questionId|targetId)\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern CRITICAL = Pattern.compile("new\\s+CriticalCriterion\\s*\\(\\s*\"([^\"]*)\"");
    private static final Pattern ACTION =
            Pattern.compile("new\\s+RecommendedAction\\s*\\(\\s*\"[^\"]*\"\\s*,\\s*\"([^\"]*)\"");

    private static final Pattern LEVEL = Pattern.compile("\\.level\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern RATED_BY_CODE =
            Pattern.compile("RespondentRating\\.of\\(\\s*\\$\\w+\\s*,\\s*\"([^\"]*)\"");
    private static final Pattern RATING_CONSTANT = Pattern.compile("\\bRating\\.([A-Z][A-Z_]*)\\b");
    private static final Pattern OUTCOME =
            Pattern.compile("new\\s+Outcome\\s*\\(\\s*\"([^\"]*)\"\\s*,\\s*\"([^\"]*)\"");

    private final Questionnaire questionnaire;

    ReferenceCheck(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    List<RuleProblem> check(DrlUnit unit) {
        List<RuleProblem> problems = new ArrayList<>();
        Matcher m = CONSTRAINT.matcher(unit.drl());
        while (m.find()) {
            String kind = m.group(1);
            String id = m.group(2);
            boolean known = switch (kind) {
                case "criterionId" -> questionnaire.criterion(id).isPresent();
                case "standardId" -> questionnaire.standard(id).isPresent();
                case "questionId" -> questionnaire.question(id).isPresent();
                case "sectionId" -> questionnaire.sections().stream().anyMatch(s -> s.id().equals(id));
                default -> targetExists(id);
            };
            if (!known) {
                problems.add(problem(unit, m.start(), kind.replace("Id", "") + " '" + id + "'"));
            }
        }
        find(unit, CRITICAL, id -> questionnaire.criterion(id).isPresent(), "critical criterion", problems);
        find(unit, ACTION, this::targetExists, "action target", problems);
        find(unit, LEVEL, code -> questionnaire.scale().find(code).isPresent(), "rating level", problems);
        find(unit, RATED_BY_CODE, code -> questionnaire.scale().find(code).isPresent(), "rating level", problems);
        find(unit, RATING_CONSTANT, this::onTheScale, "rating", problems);
        Matcher outcome = OUTCOME.matcher(unit.drl());
        while (outcome.find()) {
            String name = outcome.group(1);
            String value = outcome.group(2);
            boolean declared = questionnaire.outcomes().stream()
                    .anyMatch(o -> o.name().equals(name) && o.value(value).isPresent());
            if (!declared) {
                problems.add(problem(unit, outcome.start(), "outcome " + name + " = '" + value + "'"));
            }
        }
        return problems;
    }

    /** True if the constant {@code Rating.<name>} is a level of the questionnaire's scale. */
    private boolean onTheScale(String name) {
        try {
            Rating rating = (Rating) Rating.class.getField(name).get(null);
            return questionnaire.scale().find(rating.code()).filter(rating::equals).isPresent();
        } catch (ReflectiveOperationException | ClassCastException e) {
            return false;
        }
    }

    private boolean targetExists(String id) {
        return questionnaire.standard(id).isPresent() || questionnaire.criterion(id).isPresent();
    }

    private void find(DrlUnit unit, Pattern pattern, Predicate<String> exists, String what, List<RuleProblem> into) {
        Matcher m = pattern.matcher(unit.drl());
        while (m.find()) {
            if (!exists.test(m.group(1))) {
                into.add(problem(unit, m.start(), what + " '" + m.group(1) + "'"));
            }
        }
    }

    private RuleProblem problem(DrlUnit unit, int offset, String what) {
        int line = 1 + (int) unit.drl().substring(0, offset).chars().filter(c -> c == '\n').count();
        return unit.problemAt(line, "names " + what + ", which questionnaire " + questionnaire.id() + " "
                + questionnaire.version() + " does not have");
    }
}
