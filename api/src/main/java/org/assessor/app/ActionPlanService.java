package org.assessor.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assessor.access.AccessDenied;
import org.assessor.access.Caller;
import org.assessor.access.Role;
import org.assessor.assessment.FieldError;
import org.assessor.result.AssessmentResult;
import org.assessor.store.AssessmentQuery;
import org.assessor.store.AssessmentSummary;
import org.assessor.store.JdbcActionPlans;
import org.assessor.store.NoSuchAssessment;
import org.assessor.store.StoredAssessment;

/**
 * A site's action plan for an assessment, and the site's previous cycle: who owns each
 * recommended action, by when, and its status, carried into the next cycle (an action the new
 * result recommends again starts from its plan in the previous one), and the previous
 * self-assessment of the same site and questionnaire, to show progress since, and the assessment of
 * the other mode (a peer review beside a self-assessment, or the reverse) of the same cycle. The site's own
 * lead and admins edit plans; whoever may see the assessment reads them. Thread-safe.
 */
public final class ActionPlanService {
    /** The statuses an action can have, in order. */
    public static final List<String> STATUSES = List.of("not-started", "in-progress", "done");
    private static final int MAX_OWNER = 200;

    private final AssessmentService assessments;
    private final JdbcActionPlans plans;
    private final Clock clock;

    public ActionPlanService(AssessmentService assessments, JdbcActionPlans plans, Clock clock) {
        this.assessments = assessments;
        this.plans = plans;
        this.clock = clock;
    }

    /** One action's plan; {@code carriedFrom} names the earlier cycle it comes from, or is null. */
    public record Item(String owner, LocalDate due, String status, String carriedFrom) {
    }

    /** A result, its plan by action id, and the previous cycle's result if there is one. */
    public record Plan(AssessmentResult result, Map<String, Item> items, Optional<AssessmentResult> previous,
                       boolean editable, Optional<AssessmentResult> counterpart) {
    }

    /**
     * The plan of assessment {@code id}.
     *
     * @throws NoSuchAssessment if there is none, or {@code caller} may not see it
     */
    public Plan plan(Caller caller, String id) {
        StoredAssessment stored = assessments.findVisible(id, caller);
        AssessmentResult result = assessments.visibleResult(id, caller);
        Optional<AssessmentSummary> previous = previous(caller, stored);
        Map<String, Item> items = new LinkedHashMap<>();
        Map<String, JdbcActionPlans.Item> earlier = previous.map(p -> plans.of(p.id())).orElse(Map.of());
        plans.of(id).forEach((action, item) -> items.put(action, new Item(item.owner(), item.due(), item.status(), null)));
        result.actions().forEach(a -> {
            if (!items.containsKey(a.id()) && earlier.containsKey(a.id())) {
                JdbcActionPlans.Item item = earlier.get(a.id());
                items.put(a.id(), new Item(item.owner(), item.due(), item.status(), previous.get().cycle()));
            }
        });
        return new Plan(result, items, previous.map(p -> assessments.visibleResult(p.id(), caller)),
                mayEdit(caller, stored.summary().siteId()),
                counterpart(caller, stored).map(c -> assessments.visibleResult(c.id(), caller)));
    }

    /**
     * Saves action {@code actionId}'s plan in assessment {@code id}.
     *
     * @throws PlanInvalid     naming each field at fault
     * @throws AccessDenied    if {@code caller} is not the site's lead or an admin
     * @throws NoSuchAssessment if there is no such assessment visible to {@code caller}
     */
    public void save(Caller caller, String id, String actionId, String owner, LocalDate due, String status) {
        StoredAssessment stored = assessments.findVisible(id, caller);
        if (!mayEdit(caller, stored.summary().siteId())) {
            throw new AccessDenied("only the site's own lead (or an admin) changes its action plan");
        }
        AssessmentResult result = assessments.visibleResult(id, caller);
        List<FieldError> errors = new ArrayList<>();
        if (result.actions().stream().noneMatch(a -> a.id().equals(actionId))) {
            errors.add(new FieldError("/action", "this assessment recommends no action '" + actionId + "'"));
        }
        if (!STATUSES.contains(status)) {
            errors.add(new FieldError("/status", "choose a status: not started, in progress or done"));
        }
        if (owner != null && owner.length() > MAX_OWNER) {
            errors.add(new FieldError("/owner", "an owner is at most " + MAX_OWNER + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new PlanInvalid(errors);
        }
        plans.put(id, actionId, new JdbcActionPlans.Item(owner == null || owner.isBlank() ? null : owner.strip(), due,
                status, caller.id(), clock.instant()));
    }

    private Optional<AssessmentSummary> previous(Caller caller, StoredAssessment stored) {
        AssessmentSummary s = stored.summary();
        return assessments.list(caller, new AssessmentQuery(s.siteId(), s.questionnaireId(), 20, s.id())).items()
                .stream().filter(p -> p.mode().equals(s.mode())).findFirst();
    }

    /** The latest assessment of the other mode (peer for self, self for peer) of the same site, questionnaire and cycle. */
    private Optional<AssessmentSummary> counterpart(Caller caller, StoredAssessment stored) {
        AssessmentSummary s = stored.summary();
        return assessments.list(caller, new AssessmentQuery(s.siteId(), s.questionnaireId(), AssessmentQuery.MAX_LIMIT,
                null)).items().stream().filter(o -> !o.mode().equals(s.mode())
                && java.util.Objects.equals(o.cycle(), s.cycle())).findFirst();
    }

    private static boolean mayEdit(Caller caller, String siteId) {
        return caller.role() == Role.ADMIN || caller.role() == Role.SITE && caller.site().equals(siteId);
    }
}
