package org.assessor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.assessor.BundledData;
import org.assessor.questionnaire.Questionnaire;
import org.assessor.questionnaire.QuestionnaireCatalog;
import org.junit.jupiter.api.Test;

/**
 * Which criteria a draft can rate differently from the bundled organisational-change 1.1.0 (and
 * readiness-for-change 1.1.0), read from the files: the criteria of a changed classification or
 * threshold, none for notes or actions, and "cannot tell" for anything it does not follow.
 */
class ChangedCriteriaTest {
    private static final QuestionnaireCatalog QUESTIONNAIRES = QuestionnaireCatalog.load(BundledData.questionnaires());
    private static final String ORG = "organisational-change";
    private static final String READINESS = "readiness-for-change";

    private static RuleSetSource bundled(String questionnaire) {
        return RuleSetSource.fromFolder(BundledData.ruleSets().resolve(questionnaire + "/1.1.0"));
    }

    /** The bundled 1.1.0 with {@code from} replaced by {@code to} in {@code file}, as version 1.2.0. */
    private static RuleSetSource edited(String questionnaire, String file, String from, String to) {
        RuleSetSource source = bundled(questionnaire);
        Map<String, byte[]> files = new TreeMap<>();
        for (String name : source.fileNames()) {
            String text = source.text(name);
            if (name.equals(RuleSetSource.MANIFEST)) {
                text = text.replace("\"version\": \"1.1.0\"", "\"version\": \"1.2.0\"");
            }
            if (name.equals(file)) {
                assertThat(text).as(file).contains(from);
                text = text.replace(from, to);
            }
            files.put(name, text.getBytes(StandardCharsets.UTF_8));
        }
        return RuleSetSource.of(files);
    }

    private static Optional<Set<String>> changed(String questionnaire, RuleSetSource candidate) {
        Questionnaire rated = QUESTIONNAIRES.get(questionnaire, "1.1.0");
        return ChangedCriteria.between(candidate, bundled(questionnaire), rated);
    }

    @Test
    void notesTestsAndTheManifestChangeNoCriterion() {
        assertThat(changed(ORG, edited(ORG, "20-thresholds.csv", "Default: met from", "Default (see notes): met from")))
                .contains(Set.of());
        assertThat(changed(ORG, edited(ORG, RuleSetSource.MANIFEST, "\"notes\": \"", "\"notes\": \"Draft. ")))
                .contains(Set.of());
    }

    @Test
    void aThresholdChangesItsCriterionAlone() {
        assertThat(changed(ORG, edited(ORG, "20-thresholds.csv", "\n1.2.a,,,,,", "\n1.2.a,0.9,,,,")))
                .contains(Set.of("1.2.a"));
        assertThat(changed(READINESS, edited(READINESS, "20-thresholds.csv", "\nS1.a,,,,,", "\nS1.a,0.6,0.3,,,")))
                .as("the readiness verdict and placement rules come after the criteria").contains(Set.of("S1.a"));
    }

    @Test
    void theDefaultRowChangesEveryCriterionThatTakesItsValue() {
        Set<String> changed = changed(ORG, edited(ORG, "20-thresholds.csv", "\n*,0.75,", "\n*,0.7,")).orElseThrow();
        assertThat(changed).contains("1.1.a", "2.4.c").doesNotContain("1.1.c", "2.4.a");
    }

    @Test
    void aClassificationChangesTheCriterionOfItsQuestion() {
        assertThat(changed(ORG, edited(ORG, "10-classify.drl", "questionId == \"1.1.b.1\", number < 3",
                "questionId == \"1.1.b.1\", number < 4"))).contains(Set.of("1.1.b"));
        assertThat(changed(ORG, edited(ORG, "10-classify.drl", "rule \"classify 1.1.b.1: up to two",
                "rule \"classify 1.1.b.1, renamed: up to two"))).as("a renamed rule is removed and added")
                .contains(Set.of("1.1.b"));
    }

    @Test
    void anActionChangesNoRating() {
        RuleSetSource source = bundled(ORG);
        String recommend = source.text("50-recommend.drl");
        int at = recommend.indexOf("new RecommendedAction(");
        int quote = recommend.indexOf('"', at);
        assertThat(changed(ORG, edited(ORG, "50-recommend.drl", recommend.substring(at, quote + 1),
                recommend.substring(at, quote + 1) + "Update and delete: "))).contains(Set.of());
    }

    @Test
    void itCannotTellForWhatItDoesNotFollow() {
        assertThat(changed(ORG, edited(ORG, "20-thresholds.csv", "\n1.2.a,,,,,", "\n1.2.a,,,,it matters,")))
                .as("a criterion made critical").isEmpty();
        assertThat(changed(ORG, edited(ORG, "policy.csv", "majority above,0.5", "majority above,0.6")))
                .as("the policy").isEmpty();
        assertThat(changed(ORG, edited(ORG, "10-classify.drl", "// Main driver:", """
                rule "classify 1.1.c.1: quality is positive only where 1.1.b.1 is small"
                when
                    $a : AnswerFact( questionId == "1.1.c.1", value == "quality" )
                    AnswerFact( respondentId == $a.respondentId, questionId == "1.1.b.1", number < 2 )
                then
                    insertLogical( AnswerLevel.of( $a, Level.POSITIVE ) );
                end

                // Main driver:"""))).as("a classification reading two answers").isEmpty();
        assertThat(changed(ORG, edited(ORG, "10-classify.drl", "questionId == \"1.1.b.1\", number < 3",
                "number < 3"))).as("a classification naming no question").isEmpty();
        assertThat(changed(READINESS, bundled(ORG))).as("another questionnaire's rule set").isEmpty();
    }
}
