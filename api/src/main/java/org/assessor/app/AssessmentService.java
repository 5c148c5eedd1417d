package org.assessor.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.assessor.access.AccessDenied;
import org.assessor.access.Caller;
import org.assessor.assessment.FieldError;
import org.assessor.assessment.Submission;
import org.assessor.assessment.SubmissionInvalid;
import org.assessor.result.AssessmentResult;
import org.assessor.rules.CompiledRuleSet;
import org.assessor.rules.NoSuchRuleSet;
import org.assessor.store.AssessmentIds;
import org.assessor.store.AssessmentOwner;
import org.assessor.store.AssessmentPage;
import org.assessor.store.AssessmentQuery;
import org.assessor.store.AssessmentStore;
import org.assessor.store.NoSuchAssessment;
import org.assessor.store.StoredAssessment;

/**
 * Evaluates submissions and keeps assessments: what the REST resources (and anything else that
 * serves users) call. Each method is one use case, on behalf of a {@link Caller}, and applies
 * what that caller may see and submit: an assessment it may not see is reported exactly as one
 * that does not exist. Thread-safe.
 */
public final class AssessmentService {
    private final Engine engine;
    private final AssessmentStore store;
    private final AssessmentIds ids;

    public AssessmentService(Engine engine, AssessmentStore store, AssessmentIds ids) {
        this.engine = engine;
        this.store = store;
        this.ids = ids;
    }

    /** A newly stored assessment: its id and its result's JSON, exactly as stored. */
    public record Created(String id, byte[] resultJson) {
    }

    /**
     * Reads and evaluates the submission {@code document}, storing nothing.
     *
     * @throws SubmissionInvalid listing every field at fault, or naming a retired rule-set version
     *                           that {@code caller} may not name ({@link Caller#mayNameRetiredVersions})
     * @throws AccessDenied      if {@code caller} may not try this submission (e.g. another site's)
     */
    public AssessmentResult evaluate(Caller caller, JsonNode document) {
        Submission submission = engine.reader().read(document);
        refuseIf(caller.refusesEvaluation(submission.site().id(), submission.mode()));
        return evaluate(caller, submission);
    }

    /**
     * Reads, evaluates and stores the submission {@code document}, recording {@code caller} as
     * its author. When this returns, the assessment is durably stored with a new id, and
     * {@link Created#resultJson()} holds the bytes {@link #result} will return for it.
     *
     * @throws SubmissionInvalid listing every field at fault, or naming a retired rule-set version
     *                           that {@code caller} may not name; nothing is stored
     * @throws AccessDenied      if {@code caller} may not submit it (e.g. another site's); nothing is stored
     */
    public Created create(Caller caller, JsonNode document) {
        Submission submission = engine.reader().read(document);
        refuseIf(caller.refusesSubmission(submission.site().id(), submission.mode()));
        AssessmentResult result = evaluate(caller, submission).withId(ids.next());
        StoredAssessment stored = store.add(result, document, caller.id());
        return new Created(stored.id(), stored.resultBytes());
    }

    /**
     * The result of the stored assessment {@code id}, byte for byte as returned when it was created.
     *
     * @throws NoSuchAssessment if there is none with that id, or {@code caller} may not see it
     */
    public byte[] result(Caller caller, String id) {
        return findVisible(id, caller).resultBytes();
    }

    /**
     * The stored assessment {@code id} if {@code caller} may see it: summary, submission and
     * result. Every read of one assessment on behalf of a caller goes through here, so that one
     * it may not see is reported exactly as one that does not exist.
     *
     * @throws NoSuchAssessment if there is none with that id (or the id is malformed), or
     *                          {@code caller} may not see it
     */
    public StoredAssessment findVisible(String id, Caller caller) {
        if (!AssessmentIds.isWellFormed(id)) {
            throw new NoSuchAssessment(id);
        }
        return store.find(id).filter(a -> visibleTo(caller, a.owner())).orElseThrow(() -> new NoSuchAssessment(id));
    }

    /**
     * The result of the stored assessment {@code id} as {@linkplain #findVisible found}, with every
     * reason and action, read back from storage.
     *
     * @throws NoSuchAssessment if there is none with that id, or {@code caller} may not see it
     */
    public AssessmentResult visibleResult(String id, Caller caller) {
        return store.result(findVisible(id, caller));
    }

    /**
     * True if assessment {@code id} exists and {@code caller} may see it: the same rule as
     * {@link #findVisible}, read from the owner alone.
     */
    public boolean isVisible(Caller caller, String id) {
        return AssessmentIds.isWellFormed(id) && store.owner(id).filter(o -> visibleTo(caller, o)).isPresent();
    }

    /** One page of the stored assessments matching {@code query} that {@code caller} may see, newest first. */
    public AssessmentPage list(Caller caller, AssessmentQuery query) {
        Optional<AssessmentQuery> visible = caller.narrow(query);
        return visible.isPresent() ? store.list(visible.get()) : new AssessmentPage(List.of(), null);
    }

    private static boolean visibleTo(Caller caller, AssessmentOwner owner) {
        return caller.maySee(owner.siteId(), owner.author());
    }

    private static void refuseIf(Optional<String> refusal) {
        if (refusal.isPresent()) {
            throw new AccessDenied(refusal.get());
        }
    }

    /**
     * Evaluates {@code submission} under the rule-set version it names, or else the active one. A
     * version that is not the active one is a retired one (drafts are never in the registry
     * submissions are rated from), which only callers that {@linkplain Caller#mayNameRetiredVersions
     * may name retired versions} may have.
     */
    private AssessmentResult evaluate(Caller caller, Submission submission) {
        try {
            CompiledRuleSet ruleSet = engine.evaluator().ruleSetFor(submission);
            if (submission.ruleSetVersion() != null && !caller.mayNameRetiredVersions()) {
                CompiledRuleSet active = engine.ruleSets().active(submission.questionnaireId());
                if (!active.id().equals(ruleSet.id())) {
                    throw new SubmissionInvalid(List.of(new FieldError("/ruleSetVersion", "rule-set version "
                            + ruleSet.id().version() + " of questionnaire " + submission.questionnaireId()
                            + " is retired; the active version is " + active.id().version() + " (leave out "
                            + "ruleSetVersion to be rated with it); only auditors and admins may name a retired "
                            + "version")));
                }
            }
            return engine.evaluator().evaluate(submission, ruleSet);
        } catch (NoSuchRuleSet e) {
            throw new SubmissionInvalid(List.of(new FieldError("/questionnaireId",
                    "questionnaire '" + submission.questionnaireId() + "' has no active rule set to rate it")));
        }
    }
}
