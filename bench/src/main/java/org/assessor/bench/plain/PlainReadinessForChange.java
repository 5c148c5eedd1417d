package org.assessor.bench.plain;

import static org.assessor.core.Level.NEGATIVE;
import static org.assessor.core.Level.PARTIAL;
import static org.assessor.core.Level.POSITIVE;
import static org.assessor.core.Priority.HIGH;
import static org.assessor.core.Priority.LOW;
import static org.assessor.core.Priority.MEDIUM;
import static org.assessor.core.Rating.MET;
import static org.assessor.core.Rating.NOT_MET;
import static org.assessor.core.Rating.PARTLY_MET;

import java.util.Map;
import org.assessor.BundledData;
import org.assessor.core.Rating;
import org.assessor.questionnaire.Questionnaire;
import org.assessor.result.Verdict;
import org.assessor.rules.RuleSetSource;

/** Rule set readiness-for-change 1.0.0 in plain Java (see {@link PlainEvaluator}), verdict included. */
public final class PlainReadinessForChange extends PlainEvaluator {
    private final int t1;
    private final int n1;
    private final int n2;
    private final int a2;

    /**
     * The questionnaire and rule-set version written out here: 1.0.0, not whichever is latest, since
     * the classification and verdict below are 1.0.0's.
     */
    public static final String VERSION = "1.0.0";

    /** The plain evaluator under the tables of the bundled rule set readiness-for-change 1.0.0. */
    public PlainReadinessForChange(Questionnaire questionnaire) {
        this(questionnaire,
                RuleSetSource.fromFolder(BundledData.ruleSets().resolve("readiness-for-change/" + VERSION)));
    }

    /** The plain evaluator under the threshold and policy tables of {@code rules}. */
    public PlainReadinessForChange(Questionnaire questionnaire, RuleSetSource rules) {
        super(questionnaire, rules);
        t1 = standardIndex("T1");
        n1 = standardIndex("N1");
        n2 = standardIndex("N2");
        a2 = standardIndex("A2");
        ready();
    }

    @Override
    protected Classifier special(String questionId) {
        return switch (questionId) {
            case "S1.b.1" -> fewerIsBetter(2, 3);
            case "S2.a.1" -> fewerIsBetter(3, 5);
            case "S2.c.1" -> options(Map.of("balanced", POSITIVE, "recovering", PARTIAL, "deficit", NEGATIVE));
            case "T2.c.1" -> moreIsBetter(20, 50);
            case "N1.a.1" -> options(Map.of("quality", POSITIVE, "policy", PARTIAL, "finance", NEGATIVE,
                    "instruction", NEGATIVE));
            case "A2.a.1" -> options(Map.of("applied", POSITIVE, "invited", PARTIAL, "instructed", NEGATIVE));
            case "A2.b.1" -> moreIsBetter(6, 12);
            default -> null;
        };
    }



    @Override
    protected void recommend() {
        action("AS1-1", "S1", HIGH, standard("S1", NOT_MET));
        action("AS1-2", "S1", MEDIUM, standard("S1", PARTLY_MET));
        action("AS1-3", "S1", LOW, standard("S1", PARTLY_MET, NOT_MET));
        action("AS2-1", "S2", HIGH, standard("S2", NOT_MET));
        action("AS2-2", "S2", MEDIUM, standard("S2", PARTLY_MET));
        action("AS2-3", "S2.c", HIGH, criterion("S2.c", NOT_MET));
        action("AT1-1", "T1.a", HIGH, criterion("T1.a", PARTLY_MET, NOT_MET));
        action("AT1-2", "T1.c", HIGH, criterion("T1.c", NOT_MET));
        action("AT1-3", "T1.b", MEDIUM, criterion("T1.b", PARTLY_MET, NOT_MET));
        action("AT1-4", "T1.c", MEDIUM, criterion("T1.c", PARTLY_MET));
        action("AT1-5", "T1.d", MEDIUM, criterion("T1.d", PARTLY_MET, NOT_MET));
        action("AT2-1", "T2", HIGH, standard("T2", NOT_MET));
        action("AT2-2", "T2", MEDIUM, standard("T2", PARTLY_MET, NOT_MET));
        action("AT2-3", "T2.a", MEDIUM, criterion("T2.a", PARTLY_MET, NOT_MET));
        action("AT3-1", "T3", HIGH, standard("T3", NOT_MET));
        action("AT3-2", "T3", MEDIUM, standard("T3", PARTLY_MET, NOT_MET));
        action("AT3-3", "T3", MEDIUM, standard("T3", PARTLY_MET));
        action("AN1-1", "N1", HIGH, standard("N1", NOT_MET));
        action("AN1-2", "N1", MEDIUM, standard("N1", PARTLY_MET));
        action("AN2-1", "N2.b", HIGH, criterion("N2.b", PARTLY_MET, NOT_MET));
        action("AN2-2", "N2", MEDIUM, standard("N2", PARTLY_MET, NOT_MET));
        action("AA1-1", "A1", HIGH, criterion("A1.a", NOT_MET).or(criterion("A1.b", NOT_MET)));
        action("AA1-2", "A1", MEDIUM, standard("A1", PARTLY_MET));
        action("AA2-1", "A2", HIGH, standard("A2", NOT_MET));
        action("AA2-2", "A2", MEDIUM, standard("A2", PARTLY_MET));
        action("AA2-3", "A2", MEDIUM, standard("A2", NOT_MET));
        action("AA3-1", "A3", HIGH, standard("A3", NOT_MET));
        action("AA3-2", "A3", MEDIUM, standard("A3", PARTLY_MET));
        action("AA3-3", "A3.b", MEDIUM, criterion("A3.b", PARTLY_MET, NOT_MET));
    }

    /**
     * Not yet ready if leadership or felt need (T1, N1, N2) is not-met, or a quarter or more of
     * the rated standards are not-met, or more than a quarter could not be rated; ready if all are
     * rated, none not-met, three-quarters met and T1, N1, N2 and A2 all met; otherwise ready with
     * conditions.
     */
    @Override
    protected Verdict verdict(Rating[] standards, Tally overall) {
        if (standards[t1] == NOT_MET || standards[n1] == NOT_MET || standards[n2] == NOT_MET) {
            return Verdict.NOT_YET_READY;
        }
        int rated = overall.rated();
        if (overall.notMet() * 4 >= rated || overall.notRated() * 4 > overall.items()) {
            return Verdict.NOT_YET_READY;
        }
        boolean strong = rated > 0 && overall.notMet() == 0 && overall.notRated() == 0
                && overall.met() * 4 >= rated * 3;
        boolean decisiveMet = standards[t1] == MET && standards[n1] == MET && standards[n2] == MET
                && standards[a2] == MET;
        return strong && decisiveMet ? Verdict.READY : Verdict.READY_WITH_CONDITIONS;
    }
}
