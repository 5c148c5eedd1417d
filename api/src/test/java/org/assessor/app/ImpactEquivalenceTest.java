package org.assessor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assessor.BundledData;
import org.assessor.StrictJson;
import org.assessor.access.Caller;
import org.assessor.fuzz.SubmissionGenerator;
import org.assessor.questionnaire.Questionnaire;
import org.assessor.rules.RuleSetId;
import org.assessor.rules.RuleSetSource;
import org.assessor.server.Assessor;
import org.assessor.store.Database;
import org.assessor.testing.Uploads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incremental impact analysis (ratings only, submissions read once and kept, no evaluation
 * where the candidate's rating content is the baseline's) moves exactly the ratings that
 * evaluating everything in full moves, on a varied set of stored assessments: generated
 * organisational-change submissions of one to five respondents, peer reviews among them, stored
 * under two published versions (so some are compared with stored ratings and some evaluated
 * under the baseline), against candidates that change thresholds both ways, change nothing that
 * rates (only notes) and change the baseline back to an earlier version.
 */
class ImpactEquivalenceTest {
    private static final String Q = "organisational-change";
    private static final String THRESHOLDS = "20-thresholds.csv";
    private static final String CLASSIFY = "10-classify.drl";

    @TempDir
    Path data;

    private static Map<String, String> files(RuleSetSource source, String version, String row, String replacement,
                                             String notes) {
        return row == null ? edited(source, version, notes) : edited(source, version, notes, THRESHOLDS, row, replacement);
    }

    /** The files of {@code source} as {@code version}, with each (file, text, replacement) of {@code edits} made. */
    private static Map<String, String> edited(RuleSetSource source, String version, String notes, String... edits) {
        Map<String, String> files = new TreeMap<>();
        for (String name : source.fileNames()) {
            String text = source.text(name);
            if (name.equals(RuleSetSource.MANIFEST)) {
                text = text.replace("\"version\": \"1.1.0\"", "\"version\": \"" + version + "\"");
                if (notes != null) {
                    text = text.replaceFirst("\"notes\": \"", "\"notes\": \"" + notes + " ");
                }
            }
            for (int i = 0; i < edits.length; i += 3) {
                if (name.equals(edits[i])) {
                    assertThat(text).contains(edits[i + 1]);
                    text = text.replace(edits[i + 1], edits[i + 2]);
                }
            }
            files.put(name, text);
        }
        return files;
    }

    @Test
    void incrementalImpactMovesExactlyWhatEvaluatingEverythingMoves() {
        try (Database database = Database.embedded(data)) {
            Engine engine = engine();
            Assessor assessor = Assessor.compose(engine, database.dataSource(), Clock.systemUTC());
            RuleSetService ruleSets = assessor.lifecycle().ruleSets();
            Questionnaire questionnaire = engine.questionnaires().latest(Q);
            SubmissionGenerator generator = new SubmissionGenerator(new Random(1919), List.of(questionnaire));
            RuleSetSource bundled = RuleSetSource.fromFolder(BundledData.ruleSets().resolve(Q + "/1.1.0"));

            store(assessor, generator, questionnaire, 70, "a");
            upload(ruleSets, "1.1.1", files(bundled, "1.1.1", "\n1.2.a,,,,,", "\n1.2.a,0.9,,,,", null));
            ruleSets.publish(Caller.LOCAL, new RuleSetId(Q, "1.1.1"));
            store(assessor, generator, questionnaire, 70, "b");

            upload(ruleSets, "1.2.0", files(bundled, "1.2.0", "\n1.2.a,,,,,", "\n1.2.a,0.9,,,,", "Same ratings."));
            upload(ruleSets, "1.3.0", files(bundled, "1.3.0", "\n1.2.a,,,,,", "\n1.2.a,0.6,0.3,,,", null));
            upload(ruleSets, "1.4.0", files(bundled, "1.4.0", null, null, "As 1.1.0."));
            upload(ruleSets, "1.5.0", files(bundled, "1.5.0", "\n1.1.d,,,,,", "\n1.1.d,0.95,0.45,,,", null));
            upload(ruleSets, "1.6.0", edited(bundled, "1.6.0", null, CLASSIFY,
                    "questionId == \"1.1.b.1\", number < 3", "questionId == \"1.1.b.1\", number < 2",
                    CLASSIFY, "questionId == \"1.1.b.1\", number >= 3, number < 5",
                    "questionId == \"1.1.b.1\", number >= 2, number < 5",
                    "50-recommend.drl", "Priority.HIGH", "Priority.MEDIUM",
                    THRESHOLDS, "\n1.2.a,,,,,", "\n1.2.a,0.9,,,,"));
            upload(ruleSets, "1.7.0", edited(bundled, "1.7.0", null, "policy.csv", "majority above,0.5",
                    "majority above,0.6"));

            ImpactAnalysis incremental = assessor.lifecycle().impact();
            ImpactAnalysis full = incremental.full();
            ImpactQuery everything = new ImpactQuery(null, null, null, 1000);
            long changedSomewhere = 0;
            Map<String, List<String>> scopes = Map.of("1.2.0", List.of(), "1.3.0", List.of("1.2.a"),
                    "1.4.0", List.of("1.2.a"), "1.5.0", List.of("1.1.d", "1.2.a"), "1.6.0", List.of("1.1.b"));
            for (String version : List.of("1.2.0", "1.3.0", "1.4.0", "1.5.0", "1.6.0", "1.7.0")) {
                RuleSetId id = new RuleSetId(Q, version);
                Impact expected = full.run(id, everything, ImpactProgress.NONE);
                for (int pass = 0; pass < 2; pass++) {
                    Impact actual = incremental.run(id, everything, ImpactProgress.NONE);
                    assertThat(actual).as("%s, pass %d", version, pass).usingRecursiveComparison()
                            .ignoringFields("elapsedMillis", "perSecond", "scope").isEqualTo(expected);
                    assertThat(actual.scope().criteria()).as("%s: the criteria that can change", version)
                            .isEqualTo(scopes.get(version));
                    if (actual.scope().criteria() == null) {
                        assertThat(actual.scope().ratedInFull()).as("%s: all rated in full", version).isEqualTo(140);
                    } else if (!actual.scope().criteria().isEmpty()) {
                        assertThat(actual.scope().ratedInFull()).as("%s: rated in full", version)
                                .isGreaterThanOrEqualTo(actual.assessments().changed()).isLessThan(140);
                    }
                }
                assertThat(expected.scope()).isNull();
                assertThat(expected.assessments().total()).isEqualTo(140);
                assertThat(expected.assessments().evaluated()).isEqualTo(140);
                if (version.equals("1.2.0")) {
                    assertThat(expected.assessments().changed()).as("same rating content as 1.1.1").isZero();
                }
                changedSomewhere += expected.assessments().changed();
            }
            assertThat(changedSomewhere).as("the candidates move some ratings").isPositive();
        }
    }

    @Test
    void assessmentsTheActiveVersionCannotRateAreSkippedWithTheReason() {
        try (Database database = Database.embedded(data)) {
            Engine engine = engine();
            Assessor assessor = Assessor.compose(engine, database.dataSource(), Clock.systemUTC());
            Questionnaire earlier = engine.questionnaires().get(Q, "1.0.0");
            SubmissionGenerator generator = new SubmissionGenerator(new Random(7), List.of(earlier));
            for (int i = 0; i < 5; i++) {
                String json = generator.valid(earlier, "site-" + i).put("questionnaireVersion", "1.0.0")
                        .put("ruleSetVersion", "1.0.0").toString();
                assessor.assessments().create(Caller.LOCAL, StrictJson.read(json.getBytes(StandardCharsets.UTF_8)));
            }
            RuleSetSource bundled = RuleSetSource.fromFolder(BundledData.ruleSets().resolve(Q + "/1.0.0"));
            Map<String, String> files = new TreeMap<>();
            bundled.fileNames().forEach(name -> files.put(name, name.equals(RuleSetSource.MANIFEST)
                    ? bundled.text(name).replace("\"version\": \"1.0.0\"", "\"version\": \"1.0.2\"")
                    : bundled.text(name)));
            upload(assessor.lifecycle().ruleSets(), "1.0.2", files);

            ImpactAnalysis incremental = assessor.lifecycle().impact();
            for (ImpactAnalysis analysis : List.of(incremental, incremental.full())) {
                Impact impact = analysis.run(new RuleSetId(Q, "1.0.2"), new ImpactQuery(null, null, null, 10),
                        ImpactProgress.NONE);
                assertThat(impact.baseline().version()).isEqualTo("1.1.0");
                assertThat(impact.assessments().skipped()).as("skipped, not rated by the wrong version").isEqualTo(5);
                assertThat(impact.assessments().evaluated()).isZero();
                assertThat(impact.assessments().failed()).isZero();
                assertThat(impact.skipped()).first().extracting(Impact.Skipped::reason).asString()
                        .contains("the active rule set organisational-change/1.1.0 rates version 1.1.0");
            }
        }
    }

    /**
     * The sessions on a candidate's changed criteria run sixteen to a hand-over: one whose rule
     * throws fails its own assessment alone, and the others of its batch are compared as ever.
     */
    @Test
    void anAssessmentWhoseSessionFailsFailsAloneInItsBatch() {
        try (Database database = Database.embedded(data)) {
            Engine engine = engine();
            Assessor assessor = Assessor.compose(engine, database.dataSource(), Clock.systemUTC());
            Questionnaire questionnaire = engine.questionnaires().latest(Q);
            SubmissionGenerator generator = new SubmissionGenerator(new Random(2026), List.of(questionnaire));
            long throwing = 0;
            for (int i = 0; i < 60; i++) {
                ObjectNode submission = generator.valid(questionnaire, "site-" + (i % 7));
                boolean whole = false;
                for (JsonNode answer : submission.findValues("1.1.b.1")) { // one respondent's answers, or each one's
                    double number = answer.asDouble();
                    whole |= answer.isNumber() && number < 3 && number == Math.rint(number);
                }
                throwing += whole ? 1 : 0;
                assessor.assessments().create(Caller.LOCAL,
                        StrictJson.read(submission.toString().getBytes(StandardCharsets.UTF_8)));
            }
            // a whole number has no ".": the constraint throws for whole numbers under 3 alone
            RuleSetSource bundled = RuleSetSource.fromFolder(BundledData.ruleSets().resolve(Q + "/1.1.0"));
            RuleSetSource candidate = RuleSetSource.of(bytes(edited(bundled, "1.1.9", null, CLASSIFY,
                    "questionId == \"1.1.b.1\", number < 3",
                    "questionId == \"1.1.b.1\", number < 3 && value.substring( value.indexOf( \".\" ) ) == \"\"")));

            Impact impact = assessor.lifecycle().impact().run(engine.compiler().compile(candidate), "draft",
                    engine.ruleSets().active(Q), new ImpactQuery(null, null, null, 100), ImpactProgress.NONE);

            assertThat(impact.scope().criteria()).containsExactly("1.1.b");
            assertThat(throwing).as("some assessments have a whole number under 3 for 1.1.b.1, some not")
                    .isBetween(1L, 59L);
            assertThat(impact.assessments().failed()).isEqualTo(throwing);
            assertThat(impact.assessments().evaluated()).isEqualTo(60 - throwing);
            assertThat(impact.skipped()).hasSize((int) throwing).allSatisfy(s -> assertThat(s.reason())
                    .startsWith("evaluation failed:").contains("organisational-change/1.1.9"));
        }
    }

    private static Map<String, byte[]> bytes(Map<String, String> files) {
        Map<String, byte[]> bytes = new TreeMap<>();
        files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return bytes;
    }

    /** An engine for organisational-change alone, keeping compiled rule sets in the data folder. */
    private Engine engine() {
        return Engine.start(EngineConfig.defaults().onlyFor(Q).withCompiledRules(data.resolve("compiled-rules")));
    }

    private static void store(Assessor assessor, SubmissionGenerator generator, Questionnaire questionnaire,
                              int count, String prefix) {
        for (int i = 0; i < count; i++) {
            String json = generator.valid(questionnaire, prefix + "-site-" + (i % 9)).toString();
            assessor.assessments().create(Caller.LOCAL, StrictJson.read(json.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static void upload(RuleSetService ruleSets, String version, Map<String, String> files) {
        ruleSets.upload(Caller.LOCAL, Q, StrictJson.read(Uploads.of(version, files).getBytes(StandardCharsets.UTF_8)));
    }
}
