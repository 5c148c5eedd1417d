package org.assessor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.assessor.assessment.Evaluator;
import org.assessor.assessment.Submission;
import org.assessor.questionnaire.QuestionnaireCatalog;
import org.assessor.result.AssessmentResult;
import org.assessor.rules.CompiledRuleSet;
import org.assessor.rules.EvaluationLimits;
import org.assessor.rules.RuleFileGuard;
import org.assessor.rules.RuleRunner;
import org.assessor.rules.RuleSetCompiler;
import org.assessor.rules.RuleSetId;
import org.assessor.rules.RuleSetSource;

/**
 * Real evaluations for tests of what reads results (comparisons, reports): submissions in JSON
 * go through the real {@code SubmissionReader} and the real Drools rule sets, at a chosen time.
 * Besides the fixture's {@code demo} rule set it offers variants of it compiled under other
 * versions, e.g. one that adds a readiness verdict.
 */
public final class Evaluations {
    /** The readiness layer the {@link #demoWithReadiness()} variant adds to the demo rule set. */
    static final String READINESS_DRL = """
            package assessor.rules;
            import org.assessor.rules.fact.*;
            rule "readiness: ready when every standard is met"
            when OverallRating( rating == Rating.MET )
            then insertLogical( new Outcome( "verdict", "ready" ) ); insertLogical( new Outcome( "placement", "demonstration" ) );
            end
            rule "readiness: ready with conditions when the standards are mixed"
            when OverallRating( rating == Rating.PARTLY_MET )
            then insertLogical( new Outcome( "verdict", "ready-with-conditions" ) ); insertLogical( new Outcome( "placement", "pilot" ) );
            end
            rule "readiness: not yet ready when no standard is met"
            when OverallRating( rating == Rating.NOT_MET )
            then insertLogical( new Outcome( "verdict", "not-yet-ready" ) ); insertLogical( new Outcome( "placement", "network" ) );
            end
            """;
    private static final RuleRunner RUNNER = new RuleRunner(EvaluationLimits.DEFAULT);
    private static final Map<String, CompiledRuleSet> VARIANTS = new HashMap<>();

    private Evaluations() {
    }

    /** The fixture's demo rule set, version 1.0.0. */
    public static CompiledRuleSet demo() {
        return Fixture.get().ruleSets.find(new RuleSetId("demo", "1.0.0")).orElseThrow();
    }

    /** The demo rule set with other content under version {@code version}: the same rules, another hash. */
    public static CompiledRuleSet demoAs(String version) {
        return variant(version, Map.of());
    }

    /** The demo rule set plus a readiness layer (all met: ready/demonstration; mixed: pilot; none: network), as 1.1.0. */
    public static CompiledRuleSet demoWithReadiness() {
        return variant("1.1.0", Map.of("60-readiness.drl", READINESS_DRL));
    }

    /**
     * Evaluates the submission {@code json} (single quotes stand for double quotes) under
     * {@code ruleSet} as of {@code at} (an ISO instant or date), with the stored id {@code id}.
     */
    public static AssessmentResult evaluate(CompiledRuleSet ruleSet, String id, String at, String json) {
        return evaluate(Fixture.get().questionnaires, ruleSet, id, at, Fixture.get().submission(json));
    }

    /** Evaluates {@code submission} with the questionnaires of {@code catalog} under {@code ruleSet} as of {@code at}. */
    public static AssessmentResult evaluate(QuestionnaireCatalog catalog, CompiledRuleSet ruleSet, String id,
                                            String at, Submission submission) {
        Instant instant = at.length() == 10 ? Instant.parse(at + "T12:00:00Z") : Instant.parse(at);
        Evaluator evaluator = new Evaluator(catalog, null, RUNNER, Clock.fixed(instant, ZoneOffset.UTC));
        return evaluator.evaluate(submission, ruleSet).withId(id);
    }

    /**
     * A demo peer review: {@code ratings} gives the criteria of 1.1, 1.2 and 2.1 as three groups of
     * letters (M met, P partly-met, N not-met, X not-applicable, R not-rated), e.g. {@code "MMP MP NMM"}.
     */
    public static AssessmentResult demoPeer(CompiledRuleSet ruleSet, String id, String site, String cycle, String at,
                                            String ratings) {
        List<String> criteria = List.of("1.1.a", "1.1.b", "1.1.c", "1.2.a", "1.2.b", "2.1.a", "2.1.b", "2.1.c");
        String letters = ratings.replace(" ", "");
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            given.put(criteria.get(i), rating(letters.charAt(i)));
        }
        StringBuilder map = new StringBuilder();
        given.forEach((c, r) -> map.append(map.length() == 0 ? "" : ", ").append("'").append(c).append("': '")
                .append(r).append("'"));
        return evaluate(ruleSet, id, at, "{'questionnaireId': 'demo', 'site': {'id': '" + site + "', 'name': '"
                + site.toUpperCase(Locale.ROOT) + "'}, 'mode': 'peer'"
                + (cycle == null ? "" : ", 'cycle': '" + cycle + "'") + ", 'ratings': {" + map + "}}");
    }

    /** The wire form of a rating letter: M, P, N, X (not-applicable) or R (not-rated). */
    public static String rating(char letter) {
        return switch (letter) {
            case 'M' -> "met";
            case 'P' -> "partly-met";
            case 'N' -> "not-met";
            case 'X' -> "not-applicable";
            case 'R' -> "not-rated";
            default -> throw new IllegalArgumentException("no rating letter " + letter);
        };
    }

    /**
     * The demo rule set under version {@code version} with the files {@code extra} (name → text)
     * added; with the version 1.0.0 and a file added it is a same-named version of other content.
     */
    public static synchronized CompiledRuleSet variant(String version, Map<String, String> extra) {
        return VARIANTS.computeIfAbsent(version + extra.keySet(), k -> {
            Map<String, byte[]> files = new LinkedHashMap<>();
            Path folder = Fixture.path("fixture/rules/demo/1.0.0");
            try (Stream<Path> list = Files.list(folder)) {
                for (Path f : list.filter(Files::isRegularFile).toList()) {
                    files.put(f.getFileName().toString(), Files.readAllBytes(f));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String manifest = new String(files.get(RuleSetSource.MANIFEST), StandardCharsets.UTF_8)
                    .replace("\"version\": \"1.0.0\"", "\"version\": \"" + version + "\"");
            files.put(RuleSetSource.MANIFEST, manifest.getBytes(StandardCharsets.UTF_8));
            extra.forEach((name, text) -> files.put(name, text.getBytes(StandardCharsets.UTF_8)));
            return new RuleSetCompiler(RuleFileGuard.NONE).compile(RuleSetSource.of(files));
        });
    }
}
