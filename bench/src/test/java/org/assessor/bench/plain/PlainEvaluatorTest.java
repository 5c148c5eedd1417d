package org.assessor.bench.plain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assessor.BundledData;
import org.assessor.app.Engine;
import org.assessor.app.EngineConfig;
import org.assessor.assessment.Submission;
import org.assessor.bench.SubmissionGenerator;
import org.assessor.bench.Workloads;
import org.assessor.core.Rating;
import org.assessor.core.RatingScale;
import org.assessor.questionnaire.Questionnaire;
import org.assessor.result.Verdict;
import org.assessor.rules.RuleSetSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plain-Java evaluators are the speed limit the engine is measured against, so they must
 * rate exactly as the bundled rule sets do: every criterion, standard and section, the overall
 * rating, the action ids in order and the readiness verdict, on 1,000 generated submissions per
 * questionnaire (one to five respondents, random roles and leanings, dont-know, not-applicable
 * and missing answers, and peer reviews). The generated set must also reach every rating, so
 * that agreement means something. Both read the same threshold and policy tables, so an
 * auditor's change to a cell moves them alike.
 */
class PlainEvaluatorTest {
    private static final int SUBMISSIONS = 1_000;
    private static Engine engine;

    @BeforeAll
    static void startEngine() {
        engine = Engine.start(EngineConfig.defaults());
    }

    @Test
    void organisationalChangeRatesExactlyAsTheRuleSetOn1000GeneratedSubmissions() {
        Questionnaire q = engine.questionnaires().get("organisational-change", PlainOrganisationalChange.VERSION);
        Seen seen = compare(engine, q, new PlainOrganisationalChange(q), 20261121L, SUBMISSIONS);
        assertThat(seen.criteria).containsExactlyInAnyOrderElementsOf(RatingScale.MET_SCALE.all());
        assertThat(seen.standards).containsExactlyInAnyOrderElementsOf(RatingScale.MET_SCALE.all());
        assertThat(seen.overall).contains(Rating.MET, Rating.PARTLY_MET, Rating.NOT_MET, Rating.NOT_RATED);
        assertThat(seen.actions).isGreaterThan(SUBMISSIONS);
    }

    @Test
    void readinessForChangeRatesAndJudgesExactlyAsTheRuleSetOn1000GeneratedSubmissions() {
        Questionnaire q = engine.questionnaires().get("readiness-for-change", PlainReadinessForChange.VERSION);
        Seen seen = compare(engine, q, new PlainReadinessForChange(q), 20261122L, SUBMISSIONS);
        assertThat(seen.criteria).containsExactlyInAnyOrderElementsOf(RatingScale.MET_SCALE.all());
        assertThat(seen.standards).containsExactlyInAnyOrderElementsOf(RatingScale.MET_SCALE.all());
        assertThat(seen.overall).contains(Rating.MET, Rating.PARTLY_MET, Rating.NOT_MET, Rating.NOT_RATED);
        assertThat(seen.verdicts).containsExactlyInAnyOrder(Verdict.values());
    }

    @Test
    void theBenchmarkWorkloadsRateTheSameBothWays() {
        Questionnaire oc = engine.questionnaires().get("organisational-change", PlainOrganisationalChange.VERSION);
        Questionnaire rfc = engine.questionnaires().get("readiness-for-change", PlainReadinessForChange.VERSION);
        Submission ocSubmission = engine.reader().read(Workloads.organisationalChange());
        Submission rfcSubmission = engine.reader().read(Workloads.readinessForChange());
        assertThat(ocSubmission.respondents()).hasSize(Workloads.RESPONDENTS);
        assertThat(new PlainOrganisationalChange(oc).evaluate(ocSubmission))
                .isEqualTo(PlainResult.of(engine.evaluator().evaluate(ocSubmission)));
        assertThat(new PlainReadinessForChange(rfc).evaluate(rfcSubmission))
                .isEqualTo(PlainResult.of(engine.evaluator().evaluate(rfcSubmission)));
    }

    @Test
    void anAuditorsOneCellChangesToTheTablesMoveTheRuleSetAndThePlainEvaluatorAlike(@TempDir Path temp)
            throws IOException {
        Path rules = copyOfTheBundledRules(temp);
        Path folder = rules.resolve("organisational-change/" + PlainOrganisationalChange.VERSION);
        edit(folder.resolve("20-thresholds.csv"), "\n1.2.a,,,,,", "\n1.2.a,0.95,,,,");
        edit(folder.resolve("policy.csv"), "standard met from,0.75,", "standard met from,0.9,");
        Engine edited = Engine.start(EngineConfig.defaults().withRuleSets(rules).onlyFor("organisational-change"));
        Questionnaire q = edited.questionnaires().get("organisational-change", PlainOrganisationalChange.VERSION);

        Seen seen = compare(edited, q, new PlainOrganisationalChange(q, RuleSetSource.fromFolder(folder)),
                20261123L, 300);

        SubmissionGenerator generator = new SubmissionGenerator(q, 20261123L);
        int criterionMoved = 0;
        int standardsMovedAlone = 0;
        for (int i = 0; i < 300; i++) {
            Submission submission = engine.reader().read(ratedUnder(generator.next(), q.version()));
            PlainResult before = PlainResult.of(engine.evaluator().evaluate(submission));
            PlainResult after = PlainResult.of(edited.evaluator().evaluate(submission));
            boolean moved = before.criteria().get("1.2.a") != after.criteria().get("1.2.a");
            criterionMoved += moved ? 1 : 0;
            standardsMovedAlone += !moved && !before.standards().equals(after.standards()) ? 1 : 0;
        }
        assertThat(criterionMoved).as("submissions whose 1.2.a rating the edited threshold moved").isPositive();
        assertThat(standardsMovedAlone).as("submissions whose standards only the edited roll-up share moved")
                .isPositive();
        assertThat(seen.standards).contains(Rating.MET, Rating.PARTLY_MET, Rating.NOT_MET);
    }

    /** The bundled rules folder (rule sets and shared layers) copied into {@code temp}. */
    private static Path copyOfTheBundledRules(Path temp) throws IOException {
        Path source = BundledData.ruleSets();
        Path target = temp.resolve("rules");
        try (Stream<Path> all = Files.walk(source)) {
            for (Path from : all.toList()) {
                Path to = target.resolve(source.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        return target;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    /** Which values the generated submissions reached, to show the comparison covered them. */
    private static final class Seen {
        final Set<Rating> criteria = new HashSet<>();
        final Set<Rating> standards = new HashSet<>();
        final Set<Rating> overall = new HashSet<>();
        final Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
        int actions;
    }

    private static Seen compare(Engine engine, Questionnaire questionnaire, PlainEvaluator plain, long seed,
                                int submissions) {
        SubmissionGenerator generator = new SubmissionGenerator(questionnaire, seed);
        List<String> differences = new ArrayList<>();
        Seen seen = new Seen();
        for (int i = 0; i < submissions; i++) {
            ObjectNode document = ratedUnder(generator.next(), questionnaire.version());
            Submission submission = engine.reader().read(document);
            PlainResult expected = PlainResult.of(engine.evaluator().evaluate(submission));
            PlainResult actual = plain.evaluate(submission);
            if (!actual.equals(expected) && differences.size() < 5) {
                differences.add("submission " + i + ": " + describe(expected, actual) + "\n  " + document);
            }
            seen.criteria.addAll(expected.criteria().values());
            seen.standards.addAll(expected.standards().values());
            seen.overall.add(expected.overall());
            if (expected.verdict() != null) {
                seen.verdicts.add(expected.verdict());
            }
            seen.actions += expected.actions().size();
        }
        assertThat(differences).as("submissions the plain-Java evaluator rates differently from the rule set")
                .isEmpty();
        return seen;
    }

    /**
     * {@code document} rated under the rule-set version the plain evaluators write out (each equal to
     * its questionnaire's version), not whichever is active.
     */
    private static ObjectNode ratedUnder(ObjectNode document, String version) {
        document.put("ruleSetVersion", version);
        return document;
    }

    private static String describe(PlainResult engine, PlainResult plain) {
        List<String> parts = new ArrayList<>();
        diff(parts, "criterion", engine, plain, PlainResult::criteria);
        diff(parts, "standard", engine, plain, PlainResult::standards);
        diff(parts, "section", engine, plain, PlainResult::sections);
        if (engine.overall() != plain.overall()) {
            parts.add("overall engine " + engine.overall() + " plain " + plain.overall());
        }
        if (!engine.actions().equals(plain.actions())) {
            parts.add("actions engine " + engine.actions() + " plain " + plain.actions());
        }
        if (engine.verdict() != plain.verdict()) {
            parts.add("verdict engine " + engine.verdict() + " plain " + plain.verdict());
        }
        return String.join("; ", parts);
    }

    private static void diff(List<String> parts, String what, PlainResult engine, PlainResult plain,
                             Function<PlainResult, java.util.Map<String, Rating>> ratings) {
        ratings.apply(engine).forEach((id, rating) -> {
            if (rating != ratings.apply(plain).get(id)) {
                parts.add(what + " " + id + " engine " + rating + " plain " + ratings.apply(plain).get(id));
            }
        });
    }
}
