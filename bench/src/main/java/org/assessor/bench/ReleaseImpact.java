package org.assessor.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.assessor.BundledData;
import org.assessor.assessment.Evaluator;
import org.assessor.assessment.SubmissionInvalid;
import org.assessor.assessment.SubmissionReader;
import org.assessor.questionnaire.Questionnaire;
import org.assessor.questionnaire.QuestionnaireCatalog;
import org.assessor.result.AssessmentResult;
import org.assessor.result.OutcomeResult;
import org.assessor.rules.EvaluationLimits;
import org.assessor.rules.RuleRunner;
import org.assessor.rules.RuleSetCompiler;
import org.assessor.rules.RuleSetRegistry;
import org.assessor.rules.sandbox.SandboxGuard;

/**
 * What a new version of a questionnaire and its rule set does to assessments answered under the
 * old one, for release notes: {@code n} generated submissions ({@link SubmissionGenerator}: one to
 * five respondents in random roles, skipping, dont-know, not-applicable, and peer reviews) are
 * rated under the old version, then their answers are carried over by question id (answers to
 * questions the new version dropped are left out, its new questions stay unanswered, peer ratings
 * of dropped criteria are left out) and rated under the new one. Prints, as Markdown, how many
 * ratings of each standard, of the whole and of each outcome move and which way. Stored results
 * never change: this shows what the same sites would get if they answered again. A question
 * the new version moved under a new id is carried over to it when given as {@code OLD=NEW}. Usage:
 * {@code java -cp bench/target/benchmarks.jar org.assessor.bench.ReleaseImpact QUESTIONNAIRE FROM TO [n [OLD=NEW ...]]}.
 */
public final class ReleaseImpact {
    private ReleaseImpact() {
    }

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: ReleaseImpact QUESTIONNAIRE FROM-VERSION TO-VERSION [n [OLD=NEW ...]]");
            System.exit(2);
        }
        String id = args[0];
        String from = args[1];
        String to = args[2];
        int n = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        Map<String, String> moved = new TreeMap<>();
        for (int i = 4; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            moved.put(pair[0], pair[1]);
        }
        QuestionnaireCatalog questionnaires = QuestionnaireCatalog.load(BundledData.questionnaires());
        RuleSetRegistry ruleSets = RuleSetRegistry.load(BundledData.ruleSets(), new RuleSetCompiler(new SandboxGuard()),
                id::equals);
        Evaluator evaluator = new Evaluator(questionnaires, ruleSets, new RuleRunner(EvaluationLimits.DEFAULT),
                Clock.systemUTC());
        SubmissionReader reader = new SubmissionReader(questionnaires);
        Questionnaire newer = questionnaires.get(id, to);
        SubmissionGenerator generator = new SubmissionGenerator(questionnaires.get(id, from), 20261203L);
        Map<String, Map<String, Integer>> moves = new TreeMap<>();
        int rated = 0;
        int refused = 0;
        for (int i = 0; i < n; i++) {
            ObjectNode before = generator.next();
            before.put("questionnaireVersion", from).put("ruleSetVersion", from);
            ObjectNode after = carryOver(before, newer, to, moved);
            try {
                AssessmentResult old = evaluator.evaluate(reader.read(before));
                AssessmentResult now = evaluator.evaluate(reader.read(after));
                tally(moves, "overall", old.overall().rating().code(), now.overall().rating().code());
                old.sections().forEach(s -> s.standards().forEach(st -> now.sections().stream()
                        .flatMap(x -> x.standards().stream()).filter(x -> x.id().equals(st.id())).findFirst()
                        .ifPresent(x -> tally(moves, "standard " + st.id(), st.rating().code(), x.rating().code()))));
                for (OutcomeResult o : old.outcomes()) {
                    now.outcomes().stream().filter(x -> x.name().equals(o.name())).findFirst()
                            .ifPresent(x -> tally(moves, "outcome " + o.name(), o.value(), x.value()));
                }
                rated++;
            } catch (SubmissionInvalid e) {
                refused++;
            }
        }
        System.out.printf("%s %s -> %s: %d generated assessments rated under both (%d could not be carried over)%n%n",
                id, from, to, rated, refused);
        System.out.println("| item | unchanged | moved (from → to: count) |");
        System.out.println("|---|---|---|");
        moves.forEach((item, counts) -> {
            int same = counts.entrySet().stream().filter(e -> isSame(e.getKey())).mapToInt(Map.Entry::getValue).sum();
            StringBuilder changes = new StringBuilder();
            counts.forEach((move, count) -> {
                if (!isSame(move)) {
                    changes.append(changes.isEmpty() ? "" : ", ").append(move).append(": ").append(count);
                }
            });
            System.out.printf("| %s | %d | %s |%n", item, same, changes.isEmpty() ? "none" : changes);
        });
    }

    private static boolean isSame(String move) {
        String[] parts = move.split(" → ");
        return parts[0].equals(parts[1]);
    }

    private static void tally(Map<String, Map<String, Integer>> moves, String item, String from, String to) {
        moves.computeIfAbsent(item, k -> new TreeMap<>()).merge(from + " → " + to, 1, Integer::sum);
    }

    /** {@code before}'s answers as a submission of {@code newer}, version {@code to}. */
    private static ObjectNode carryOver(ObjectNode before, Questionnaire newer, String to, Map<String, String> moved) {
        ObjectNode after = before.deepCopy();
        if (after.has("answers")) {
            move((ObjectNode) after.get("answers"), moved);
        }
        if (after.has("respondents")) {
            after.get("respondents").forEach(r -> move((ObjectNode) r.get("answers"), moved));
        }
        after.put("questionnaireVersion", to).put("ruleSetVersion", to);
        if (after.has("ratings")) {
            keepOnly((ObjectNode) after.get("ratings"), key -> newer.criterion(key).isPresent());
        }
        if (after.has("answers")) {
            keepOnly((ObjectNode) after.get("answers"), key -> newer.question(key).isPresent());
        }
        if (after.has("respondents")) {
            after.get("respondents").forEach(r -> keepOnly((ObjectNode) r.get("answers"),
                    key -> newer.question(key).isPresent()));
        }
        return after;
    }

    private static void move(ObjectNode answers, Map<String, String> moved) {
        moved.forEach((from, to) -> {
            if (answers.has(from) && !answers.has(to)) {
                answers.set(to, answers.remove(from));
            }
        });
    }

    private static void keepOnly(ObjectNode object, java.util.function.Predicate<String> known) {
        for (Iterator<String> keys = object.fieldNames(); keys.hasNext(); ) {
            if (!known.test(keys.next())) {
                keys.remove();
            }
        }
    }
}
