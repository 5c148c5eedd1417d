package org.assessor.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.assessor.assessment.Roles;
import org.assessor.questionnaire.Criterion;
import org.assessor.questionnaire.Question;
import org.assessor.questionnaire.Questionnaire;
import org.assessor.questionnaire.Standard;

/**
 * Random but valid submission documents for a questionnaire, reproducible from a seed: self
 * assessments with one to five respondents in random roles, each answering with their own
 * leaning (from mostly the least favourable answer to mostly the most favourable one) and skipping a share of the
 * questions, with {@code dont-know} and {@code not-applicable} (where allowed) among the
 * answers; and, one time in six, peer reviews rating a random subset of the criteria (now and then all of
 * a standard's criteria alike, so that whole standards can be not applicable). Numbers
 * are whole or one-decimal values across the question's range, so band edges are hit.
 */
public final class SubmissionGenerator {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String[] RATINGS = {"met", "partly-met", "not-met", "not-applicable", "not-rated"};
    private static final double[] SKIP = {0, 0, 0.1, 0.3, 0.6, 0.9};
    private static final double[] LEANING = {0.02, 0.1, 0.5, 0.85, 0.97};

    private final Questionnaire questionnaire;
    private final List<Question> questions;
    private final List<Criterion> criteria;
    private final Random random;

    public SubmissionGenerator(Questionnaire questionnaire, long seed) {
        this.questionnaire = questionnaire;
        this.questions = List.copyOf(questionnaire.questions().values());
        this.criteria = List.copyOf(questionnaire.criteria().values());
        this.random = new Random(seed);
    }

    /** The next submission document. */
    public ObjectNode next() {
        ObjectNode doc = JSON.objectNode();
        doc.put("questionnaireId", questionnaire.id());
        doc.put("questionnaireVersion", questionnaire.version());
        int site = random.nextInt(200);
        doc.putObject("site").put("id", "site-" + site).put("name", "Generated site " + site);
        doc.put("cycle", "cycle-" + (1 + random.nextInt(3)));
        if (random.nextInt(6) == 0) {
            doc.put("mode", "peer");
            ObjectNode ratings = doc.putObject("ratings");
            double include = 0.3 + 0.7 * random.nextDouble();
            double favourable = LEANING[random.nextInt(LEANING.length)];
            for (Standard standard : questionnaire.standards().values()) {
                String same = random.nextInt(7) == 0 ? peerRating(favourable) : null;
                for (Criterion c : standard.criteria()) {
                    if (same != null || random.nextDouble() < include) {
                        ratings.put(c.id(), same != null ? same : peerRating(favourable));
                    }
                }
            }
            if (ratings.isEmpty()) {
                ratings.put(criteria.get(0).id(), "met");
            }
            return doc;
        }
        doc.put("mode", "self");
        ArrayNode respondents = doc.putArray("respondents");
        int n = 1 + random.nextInt(5);
        double leaning = LEANING[random.nextInt(LEANING.length)];
        for (int i = 0; i < n; i++) {
            ObjectNode r = respondents.addObject();
            r.put("id", "r" + (i + 1));
            r.put("role", Roles.ALL.get(random.nextInt(Roles.ALL.size())));
            ObjectNode answers = r.putObject("answers");
            double skip = SKIP[random.nextInt(SKIP.length)];
            double own = Math.min(1, Math.max(0, leaning + (random.nextDouble() - 0.5) * 0.2));
            for (Question q : questions) {
                if (random.nextDouble() < skip) {
                    if (random.nextInt(10) == 0) {
                        answers.putNull(q.id());
                    }
                    continue;
                }
                answer(answers, q, own);
            }
        }
        return doc;
    }

    private void answer(ObjectNode answers, Question q, double favourable) {
        if (q.type().isRated()) {
            int special = random.nextInt(100);
            if (special < 6) {
                answers.put(q.id(), "dont-know");
                return;
            }
            if (special < 14 && q.notApplicable()) {
                answers.put(q.id(), "not-applicable");
                return;
            }
        }
        Kind kind = kind(favourable);
        switch (q.type()) {
            case YES_PARTLY_NO -> answers.put(q.id(), switch (kind) {
                case BEST -> random.nextInt(8) == 0 ? "partly" : "yes";
                case WORST -> random.nextInt(8) == 0 ? "partly" : "no";
                case ANY -> new String[] {"yes", "partly", "no"}[random.nextInt(3)];
            });
            case AGREEMENT -> answers.put(q.id(), switch (kind) {
                case BEST -> 4 + random.nextInt(2);
                case WORST -> 1 + random.nextInt(2);
                case ANY -> 1 + random.nextInt(5);
            });
            case CHOICE -> answers.put(q.id(), q.options().get(switch (kind) {
                case BEST -> 0;
                case WORST -> q.options().size() - 1;
                case ANY -> random.nextInt(q.options().size());
            }).id());
            case NUMBER -> answers.put(q.id(), number(q));
            case EVIDENCE -> answers.put(q.id(), "Generated evidence " + random.nextInt(1000) + ".");
        }
    }

    private String peerRating(double favourable) {
        Kind kind = kind(favourable);
        return kind == Kind.BEST ? "met" : kind == Kind.WORST ? "not-met" : RATINGS[random.nextInt(RATINGS.length)];
    }

    /** Which answer to give: the most favourable (options are listed best first), the least, or any. */
    private enum Kind { BEST, WORST, ANY }

    private Kind kind(double favourable) {
        double r = random.nextDouble();
        return r < favourable ? Kind.BEST : r < favourable + (1 - favourable) * 0.8 ? Kind.WORST : Kind.ANY;
    }

    private BigDecimal number(Question q) {
        double min = q.min();
        double max = q.max();
        if (random.nextBoolean()) {
            return BigDecimal.valueOf((long) min + random.nextInt((int) (max - min) + 1));
        }
        long tenths = (long) (min * 10) + (long) (random.nextDouble() * ((max - min) * 10 + 1));
        return BigDecimal.valueOf(Math.min(tenths, (long) (max * 10)), 1);
    }
}
