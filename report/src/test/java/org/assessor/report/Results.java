package org.assessor.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assessor.BundledData;
import org.assessor.Evaluations;
import org.assessor.Fixture;
import org.assessor.assessment.Mode;
import org.assessor.assessment.Site;
import org.assessor.assessment.Submission;
import org.assessor.assessment.SubmissionReader;
import org.assessor.core.Rating;
import org.assessor.questionnaire.QuestionnaireCatalog;
import org.assessor.result.AssessmentResult;
import org.assessor.rules.CompiledRuleSet;
import org.assessor.rules.RuleSetCompiler;
import org.assessor.rules.RuleSetId;
import org.assessor.rules.RuleSetRegistry;
import org.assessor.rules.sandbox.SandboxGuard;

/** Real results to report on, evaluated by the real Drools: the engine's demo fixture, and the bundled questionnaire. */
final class Results {
    /** Answers that leave 1.1 not-met, 1.2 partly-met (with a disagreement on 1.2.b) and 2.1 partly-met. */
    private static final String MIXED = "'1.1.a.1': 'no', '1.1.a.2': 'no', '1.1.b.1': 1, '1.1.c.1': 8, "
            + "'1.1.c.2': 'finance', '1.2.a.1': 'yes', '1.2.b.1': 'no', '2.1.a.1': 'yes', '2.1.b.1': 'partly', "
            + "'2.1.c.1': 'yes'";

    /** The version the examples in {@link #FIRST_VERSION_EXAMPLES} answer. */
    private static final String FIRST_VERSION = "1.0.0";

    /** The examples that answer {@link #FIRST_VERSION} of their questionnaire. */
    private static final Set<String> FIRST_VERSION_EXAMPLES = Set.of("1.0.0/organisational-change-self.json",
            "1.0.0/organisational-change-respondents.json", "1.0.0/organisational-change-peer.json");

    private static AssessmentResult northVale;
    private static QuestionnaireCatalog bundledQuestionnaires;
    private static RuleSetRegistry bundledRuleSets;

    private Results() {
    }

    /** A self-assessment by five respondents with actions of every priority. */
    static AssessmentResult fiveRespondents() {
        String partner = MIXED.replace("'1.2.b.1': 'no'", "'1.2.b.1': 'yes'");
        return Evaluations.evaluate(Evaluations.demo(), "asm-5", "2026-03-01T09:30:00Z", """
                {'questionnaireId': 'demo', 'site': {'id': 'swl', 'name': 'South West London'},
                 'cycle': 'baseline', 'respondents': [
                   {'role': 'board', 'answers': {%1$s}},
                   {'role': 'senior-manager', 'answers': {%1$s}},
                   {'role': 'frontline-staff', 'answers': {%1$s}},
                   {'role': 'service-user', 'answers': {%1$s}},
                   {'role': 'partner', 'answers': {%2$s}}]}
                """.formatted(MIXED, partner));
    }

    /**
     * The repository's example self-assessment of North Vale (examples/, four respondents) with a
     * fifth respondent, a partner who answers as the frontline staff did, evaluated by the bundled
     * organisational-change questionnaire and rule set.
     */
    static synchronized AssessmentResult northValeFiveRespondents() {
        if (northVale == null) {
            ObjectNode example = example("1.0.0/organisational-change-respondents.json");
            ArrayNode respondents = (ArrayNode) example.get("respondents");
            ObjectNode partner = respondents.get(2).deepCopy();
            partner.put("role", "partner");
            partner.remove("id");
            respondents.add(partner);
            northVale = bundled(example, "nv-1", "2026-04-01T14:00:00Z");
        }
        return northVale;
    }

    /** The repository's example {@code file} (in examples/), evaluated by the bundled questionnaires and rule sets. */
    static AssessmentResult example(String file, String id, String at) {
        return bundled(example(file), id, at);
    }

    /**
     * The example {@code file}; the examples of {@code examples/1.0.0/} answer version 1.0.0 and
     * are rated under rule set 1.0.0, not under whichever version is active.
     */
    private static ObjectNode example(String file) {
        try {
            ObjectNode document = (ObjectNode) new ObjectMapper().readTree(Path.of("..", "examples", file).toFile());
            if (FIRST_VERSION_EXAMPLES.contains(file)) {
                document.put("questionnaireVersion", FIRST_VERSION);
                document.put("ruleSetVersion", FIRST_VERSION);
            }
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized AssessmentResult bundled(ObjectNode document, String id, String at) {
        if (bundledRuleSets == null) {
            bundledQuestionnaires = QuestionnaireCatalog.load(BundledData.questionnaires());
            bundledRuleSets = RuleSetRegistry.load(BundledData.ruleSets(), new RuleSetCompiler(new SandboxGuard()));
        }
        Submission submission = new SubmissionReader(bundledQuestionnaires).read(document);
        CompiledRuleSet ruleSet = submission.ruleSetVersion() == null
                ? bundledRuleSets.active(submission.questionnaireId())
                : bundledRuleSets.find(new RuleSetId(submission.questionnaireId(), submission.ruleSetVersion()))
                        .orElseThrow();
        return Evaluations.evaluate(bundledQuestionnaires, ruleSet, id, at, submission);
    }

    /** A demo peer review of {@code site} under {@code ruleSetVersion} 1.0.0 or the readiness variant 1.1.0. */
    static AssessmentResult peer(String id, String site, String cycle, String at, String ratings, boolean readiness) {
        return Evaluations.demoPeer(readiness ? Evaluations.demoWithReadiness() : Evaluations.demo(), id, site, cycle,
                at, ratings);
    }

    /** A real evaluation of a peer review of a site called {@code siteName}, which no reader would accept. */
    static AssessmentResult namedAs(String siteName) {
        Submission submission = new Submission("demo", "1.0.0", new Site("hostile", siteName), Mode.PEER, "baseline",
                List.of(), Map.of("1.1.a", Rating.MET, "1.1.b", Rating.PARTLY_MET, "2.1.a", Rating.NOT_MET),
                null);
        return Evaluations.evaluate(Fixture.get().questionnaires, Evaluations.demo(), "asm-hostile", "2026-03-01",
                submission);
    }
}
