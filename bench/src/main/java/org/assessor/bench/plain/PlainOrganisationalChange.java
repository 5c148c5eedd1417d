package org.assessor.bench.plain;

import static org.assessor.core.Level.NEGATIVE;
import static org.assessor.core.Level.PARTIAL;
import static org.assessor.core.Level.POSITIVE;
import static org.assessor.core.Priority.HIGH;
import static org.assessor.core.Priority.LOW;
import static org.assessor.core.Priority.MEDIUM;
import static org.assessor.core.Rating.NOT_MET;
import static org.assessor.core.Rating.PARTLY_MET;

import java.util.Map;
import org.assessor.BundledData;
import org.assessor.core.Priority;
import org.assessor.questionnaire.Questionnaire;
import org.assessor.rules.RuleSetSource;

/** Rule set organisational-change 1.0.0 in plain Java (see {@link PlainEvaluator}). */
public final class PlainOrganisationalChange extends PlainEvaluator {
    /**
     * The questionnaire and rule-set version written out here: 1.0.0, not whichever is latest, since
     * the classification of number and choice questions below is 1.0.0's.
     */
    public static final String VERSION = "1.0.0";

    /** The plain evaluator under the tables of the bundled rule set organisational-change 1.0.0. */
    public PlainOrganisationalChange(Questionnaire questionnaire) {
        this(questionnaire,
                RuleSetSource.fromFolder(BundledData.ruleSets().resolve("organisational-change/" + VERSION)));
    }

    /** The plain evaluator under the threshold and policy tables of {@code rules}. */
    public PlainOrganisationalChange(Questionnaire questionnaire, RuleSetSource rules) {
        super(questionnaire, rules);
        ready();
    }

    @Override
    protected Classifier special(String questionId) {
        return switch (questionId) {
            case "1.1.b.1" -> fewerIsBetter(2, 4);
            case "1.1.c.1" -> options(Map.of("quality", POSITIVE, "national-policy", PARTIAL, "finance", NEGATIVE,
                    "merger", NEGATIVE));
            case "1.1.e.1" -> options(Map.of("surplus", POSITIVE, "breakeven", POSITIVE, "managed-deficit", PARTIAL,
                    "significant-deficit", NEGATIVE));
            case "2.1.e.1" -> moreIsBetter(3, 6);
            case "2.3.c.1" -> options(Map.of("published-evidence", POSITIVE, "experience-elsewhere", PARTIAL,
                    "programme-instruction", PARTIAL, "no-particular-source", NEGATIVE));
            case "3.1.a.2" -> moreIsBetter(40, 80);
            case "3.2.d.1" -> moreIsBetter(4, 8);
            case "3.3.d.1" -> moreIsBetter(20, 50);
            case "3.4.a.1" -> options(Map.of("monthly", POSITIVE, "quarterly", PARTIAL, "yearly", NEGATIVE,
                    "never", NEGATIVE));
            case "4.1.c.1" -> options(Map.of("before-start", POSITIVE, "early", PARTIAL, "near-end", NEGATIVE,
                    "not-planned", NEGATIVE));
            default -> null;
        };
    }



    @Override
    protected void recommend() {
        standardActions("1.1", null, "1.1.b", MEDIUM, "1.1.e", MEDIUM);
        standardActions("1.2", "1.2.a", "1.2.b", MEDIUM, "1.2.c", MEDIUM);
        standardActions("2.1", "2.1.a", "2.1.c", MEDIUM, "2.1.d", MEDIUM);
        standardActions("2.2", "2.2.a", "2.2.c", MEDIUM, "2.2.d", MEDIUM);
        standardActions("2.3", "2.3.c", "2.3.b", MEDIUM, "2.3.d", LOW);
        standardActions("2.4", null, "2.4.c", MEDIUM, "2.4.d", MEDIUM);
        action("A2.4-5", "2.4.a", HIGH, criterion("2.4.a", NOT_MET));
        standardActions("3.1", null, "3.1.b", MEDIUM, "3.1.d", LOW);
        action("A3.1-5", "3.1.a", HIGH, criterion("3.1.a", NOT_MET));
        standardActions("3.2", "3.2.a", "3.2.b", MEDIUM, "3.2.d", MEDIUM);
        standardActions("3.3", "3.3.a", "3.3.c", LOW, "3.3.d", MEDIUM);
        standardActions("3.4", "3.4.a", "3.4.b", LOW, "3.4.d", MEDIUM);
        standardActions("4.1", "4.1.a", "4.1.b", MEDIUM, "4.1.d", LOW);
    }

    /**
     * The four actions every standard has: -1 (high) when it is not-met, or partly-met with its
     * core criterion (if it names one) not-met; -2 when partly-met; -3 and -4 when it is either
     * and their own criterion is not-met.
     */
    private void standardActions(String standard, String core, String third, Priority thirdPriority, String fourth,
                                 Priority fourthPriority) {
        String a = "A" + standard + "-";
        Condition first = standard(standard, NOT_MET);
        if (core != null) {
            first = first.or(standard(standard, PARTLY_MET).and(criterion(core, NOT_MET)));
        }
        action(a + 1, standard, HIGH, first);
        action(a + 2, standard, MEDIUM, standard(standard, PARTLY_MET));
        action(a + 3, third, thirdPriority, standard(standard, PARTLY_MET, NOT_MET).and(criterion(third, NOT_MET)));
        action(a + 4, fourth, fourthPriority, standard(standard, PARTLY_MET, NOT_MET).and(criterion(fourth, NOT_MET)));
    }
}
