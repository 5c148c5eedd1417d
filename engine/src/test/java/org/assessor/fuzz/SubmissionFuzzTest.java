package org.assessor.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.Size;
import org.assessor.BundledData;
import org.assessor.Fixture;
import org.assessor.MalformedJson;
import org.assessor.StrictJson;
import org.assessor.assessment.Evaluator;
import org.assessor.assessment.Submission;
import org.assessor.assessment.SubmissionInvalid;
import org.assessor.assessment.SubmissionReader;
import org.assessor.questionnaire.Questionnaire;
import org.assessor.questionnaire.QuestionnaireCatalog;
import org.assessor.result.AssessmentResult;
import org.assessor.result.CriterionResult;
import org.assessor.rules.EvaluationLimits;
import org.assessor.rules.RuleRunner;
import org.assessor.rules.RuleSetCompiler;
import org.assessor.rules.RuleSetRegistry;
import org.assessor.rules.sandbox.SandboxGuard;

/**
 * Fuzzes submission parsing, checking and evaluation with thousands of generated inputs, on the
 * fixture's questionnaire and the bundled ones: random bytes, JSON-like text, and submissions made
 * from each questionnaire's definition with things wrong (types, ids, ranges, odd and huge strings,
 * unicode, deep nesting, duplicate keys, truncation). Whatever comes in, reading either gives a
 * submission or fails with {@link MalformedJson} or {@link SubmissionInvalid} naming each field at
 * fault; a submission that reads is always rated, completely and the same way twice.
 */
class SubmissionFuzzTest {
    private static final String SITE = "fuzz-site";

    /** A reader and evaluator over some questionnaires and their rule sets. */
    private record World(SubmissionReader reader, Evaluator evaluator, List<Questionnaire> questionnaires) {
    }

    private static World demo;
    private static World bundled;

    private static synchronized World demo() {
        if (demo == null) {
            Fixture fixture = Fixture.get();
            demo = new World(fixture.reader, fixture.evaluator, fixture.questionnaires.latest());
        }
        return demo;
    }

    private static synchronized World bundled() {
        if (bundled == null) {
            QuestionnaireCatalog catalog = QuestionnaireCatalog.load(BundledData.questionnaires());
            RuleSetRegistry ruleSets = RuleSetRegistry.load(BundledData.ruleSets(), new RuleSetCompiler(new SandboxGuard()));
            bundled = new World(new SubmissionReader(catalog),
                    new Evaluator(catalog, ruleSets, new RuleRunner(EvaluationLimits.DEFAULT), Fixture.CLOCK),
                    catalog.latest());
        }
        return bundled;
    }

    @Property(tries = 2000)
    void anyBytesAreJsonOrMalformed(@ForAll @Size(max = 400) byte[] bytes) {
        readOrRefuse(demo(), bytes);
    }

    @Property(tries = 1500)
    void jsonLikeTextIsJsonOrMalformed(@ForAll("jsonLike") String text) {
        readOrRefuse(demo(), text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 2500)
    void submissionsToTheFixtureAreRatedOrRefusedWithTheFieldAtFault(@ForAll long seed) {
        World world = demo();
        Statistics.collect(readOrRefuse(world, new SubmissionGenerator(new Random(seed), world.questionnaires())
                .next(SITE).getBytes(StandardCharsets.UTF_8)));
        reachesEveryStage();
    }

    @Property(tries = 400)
    void submissionsToTheBundledQuestionnairesAreRatedOrRefused(@ForAll long seed) {
        World world = bundled();
        Statistics.collect(readOrRefuse(world, new SubmissionGenerator(new Random(seed), world.questionnaires())
                .next(SITE).getBytes(StandardCharsets.UTF_8)));
        reachesEveryStage();
    }

    /** Fails the property if the generator stops reaching each stage often enough to test it. */
    private static void reachesEveryStage() {
        Statistics.coverage(coverage -> {
            coverage.check("rated").percentage(p -> p >= 15);
            coverage.check("invalid").percentage(p -> p >= 25);
            coverage.check("malformed").percentage(p -> p >= 3);
        });
    }

    @Property(tries = 300)
    void validSubmissionsAreAlwaysRatedAndTheSameWayTwice(@ForAll long seed) {
        World world = seed % 3 == 0 ? bundled() : demo();
        Random random = new Random(seed);
        Questionnaire questionnaire = world.questionnaires().get(random.nextInt(world.questionnaires().size()));
        JsonNode document = new SubmissionGenerator(random, world.questionnaires()).valid(questionnaire, SITE);

        Submission submission = world.reader().read(document);
        AssessmentResult first = rated(world, submission, questionnaire);
        AssessmentResult second = world.evaluator().evaluate(submission);
        assertThat(second.overall()).isEqualTo(first.overall());
        assertThat(second.sections()).isEqualTo(first.sections());
    }

    @Provide
    Arbitrary<String> jsonLike() {
        return Arbitraries.strings().withChars("{}[]\":,0123456789.eE+-truefalsn \\u\t\n")
                .withChars("questionnaireIdsiteanswersrespondentsmodeperatingsdemo1.a")
                .ofMaxLength(300);
    }

    /**
     * Reads {@code bytes} as a submission, and rates it if it is one; only the documented failures
     * may escape. Returns how far it got: {@code malformed}, {@code invalid} or {@code rated}.
     */
    private static String readOrRefuse(World world, byte[] bytes) {
        JsonNode document;
        try {
            document = StrictJson.read(bytes);
        } catch (MalformedJson e) {
            assertThat(e.getMessage()).isNotBlank().hasSizeLessThan(2_000);
            return "malformed";
        }
        Submission submission;
        try {
            submission = world.reader().read(document);
        } catch (SubmissionInvalid e) {
            assertThat(e.errors()).isNotEmpty().allSatisfy(error -> {
                assertThat(error.pointer()).matches("(?s)|/.*");
                assertThat(error.message()).isNotBlank().hasSizeLessThan(2_000);
            });
            return "invalid";
        }
        Questionnaire questionnaire = world.questionnaires().stream()
                .filter(q -> q.id().equals(submission.questionnaireId())).findFirst().orElseThrow();
        rated(world, submission, questionnaire);
        return "rated";
    }

    /** Rates {@code submission}, checking every section, standard and criterion got a rating. */
    private static AssessmentResult rated(World world, Submission submission, Questionnaire questionnaire) {
        AssessmentResult result = world.evaluator().evaluate(submission);
        assertThat(result.overall().rating()).isNotNull();
        assertThat(result.sections()).hasSameSizeAs(questionnaire.sections());
        assertThat(result.sections().stream().flatMap(s -> s.standards().stream())
                .flatMap(s -> s.criteria().stream()).map(CriterionResult::rating))
                .hasSize(questionnaire.criteria().size()).doesNotContainNull();
        return result;
    }
}
