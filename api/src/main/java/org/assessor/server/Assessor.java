package org.assessor.server;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.assessor.access.AccessControl;
import org.assessor.api.ResultJson;
import org.assessor.app.ActionPlanService;
import org.assessor.app.AssessmentService;
import org.assessor.app.AuditTrail;
import org.assessor.app.ComparisonService;
import org.assessor.app.Engine;
import org.assessor.app.HealthCheck;
import org.assessor.app.ImpactAnalysis;
import org.assessor.app.InvitationService;
import org.assessor.app.Postbox;
import org.assessor.app.ReportService;
import org.assessor.app.RespondentService;
import org.assessor.app.ResultHistoryService;
import org.assessor.app.RoundService;
import org.assessor.app.RuleSetLifecycle;
import org.assessor.app.RuleSetService;
import org.assessor.http.AssessorApplication;
import org.assessor.mail.Mailer;
import org.assessor.questionnaire.QuestionnaireCatalog;
import org.assessor.round.LinkAttempts;
import org.assessor.web.Accounts;
import org.assessor.web.OidcSignIn;
import org.assessor.web.Pages;
import org.assessor.store.AssessmentIds;
import org.assessor.store.AssessmentStore;
import org.assessor.store.JdbcAssessmentScan;
import org.assessor.store.JdbcAssessmentStore;
import org.assessor.store.JdbcAccounts;
import org.assessor.store.JdbcActionPlans;
import org.assessor.store.JdbcAuditLog;
import org.assessor.store.JdbcInvitationStore;
import org.assessor.store.JdbcOutbox;
import org.assessor.store.JdbcResponseStore;
import org.assessor.store.JdbcResultHistory;
import org.assessor.store.JdbcRoundStore;
import org.assessor.store.JdbcRuleSetStore;
import org.assessor.store.ResultCodec;

/**
 * The composition root: every service of Assessor, built here and nowhere else from concrete
 * parts (an {@link Engine}, a database's {@link DataSource}, a clock), by constructor injection,
 * and served by an {@link AssessorApplication} that registers each resource explicitly; nothing
 * is found by scanning. {@link Server#start} builds through here for {@code assessor serve} and
 * for the end-to-end tests' servers alike. The stores are given the API's {@link ResultJson}
 * codec, so a stored result is the JSON the API returns.
 */
public record Assessor(Engine engine, AssessmentStore store, AssessmentService assessments, HealthCheck health,
                       ComparisonService comparisons, ReportService reports, RuleSetLifecycle lifecycle,
                       Rounds rounds, Web web) {

    /** The web pages' parts: accounts and sessions, the templates, action plans, and single sign-on if configured. */
    public record Web(Accounts accounts, Pages pages, ActionPlanService plans, Optional<OidcSignIn> oidc) {
    }

    /** The services of collection rounds: for leads, for their invitations, and for respondents. */
    public record Rounds(RoundService rounds, InvitationService invitations, RespondentService respondents) {

        static Rounds compose(Engine engine, DataSource dataSource, AssessmentStore store, Clock clock,
                              Optional<Mailer> mailer, InvitationService.Links links) {
            AssessmentIds ids = new AssessmentIds(clock);
            JdbcRoundStore rounds = new JdbcRoundStore(dataSource);
            JdbcInvitationStore invitations = new JdbcInvitationStore(dataSource);
            JdbcResponseStore responses = new JdbcResponseStore(dataSource);
            JdbcOutbox outbox = new JdbcOutbox(dataSource);
            return new Rounds(new RoundService(engine, rounds, invitations, responses, store, ids, clock),
                    new InvitationService(rounds, invitations, responses, outbox,
                            new Postbox(mailer, outbox, ids, clock), links, ids, clock),
                    new RespondentService(engine.questionnaires(), rounds, invitations, responses,
                            new LinkAttempts(clock), ids, clock));
        }
    }

    /** How long a signed-in session lasts without a request, unless configured. */
    public static final Duration DEFAULT_SESSION_TIMEOUT = ServerConfig.DEFAULT_SESSION_TIMEOUT;

    /**
     * Every service over {@code engine} and the database {@code dataSource}; {@code clock} dates
     * ids and records. The rule-set lifecycle is brought in line with what the database records
     * ({@link RuleSetService#refresh()}).
     *
     * @throws org.assessor.store.StorageFailed if the database cannot be read
     */
    public static Assessor compose(Engine engine, DataSource dataSource, Clock clock) {
        return compose(engine, dataSource, clock, Optional.empty(), secret -> "/respond/" + secret,
                DEFAULT_SESSION_TIMEOUT);
    }

    /**
     * Every service, as {@link #compose(Engine, DataSource, Clock)}, with messages to respondents
     * sent through {@code mailer} (if any) and their links made by {@code links} from a link's secret.
     */
    public static Assessor compose(Engine engine, DataSource dataSource, Clock clock, Optional<Mailer> mailer,
                                   InvitationService.Links links, Duration sessionTimeout) {
        ResultCodec results = new ResultJson(engine.questionnaires());
        AssessmentStore store = new JdbcAssessmentStore(dataSource, results);
        AssessmentService assessments = new AssessmentService(engine, store, new AssessmentIds(clock));
        ComparisonService comparisons = new ComparisonService(engine.questionnaires(), store);
        RuleSetService ruleSets = new RuleSetService(engine, new JdbcRuleSetStore(dataSource), clock);
        ruleSets.refresh();
        RuleSetLifecycle lifecycle = new RuleSetLifecycle(ruleSets,
                new ImpactAnalysis(ruleSets, engine, new JdbcAssessmentScan(dataSource)),
                new ResultHistoryService(engine, ruleSets, store, new JdbcResultHistory(dataSource, results), clock),
                new AuditTrail(new JdbcAuditLog(dataSource)));
        return new Assessor(engine, store, assessments, new HealthCheck(store, engine.ruleSets()), comparisons,
                new ReportService(assessments, comparisons), lifecycle,
                Rounds.compose(engine, dataSource, store, clock, mailer, links),
                new Web(new Accounts(new JdbcAccounts(dataSource), clock, sessionTimeout), new Pages(),
                        new ActionPlanService(assessments, new JdbcActionPlans(dataSource), clock), Optional.empty()));
    }

    /** These services, with people also signing in through their organisation's OpenID Connect provider. */
    public Assessor withOidc(OidcSignIn oidc) {
        return new Assessor(engine, store, assessments, health, comparisons, reports, lifecycle, rounds,
                new Web(web.accounts(), web.pages(), web.plans(), Optional.of(oidc)));
    }

    /** Comparisons alone, of the assessments in {@code dataSource}: for the command line's {@code compare}. */
    public static ComparisonService comparisons(QuestionnaireCatalog questionnaires, DataSource dataSource) {
        return new ComparisonService(questionnaires, new JdbcAssessmentStore(dataSource, new ResultJson(questionnaires)));
    }

    /**
     * The REST application serving these services under {@code access}, accepting bodies of at most
     * {@code maxBodyBytes} and naming API version {@code version} in its OpenAPI document.
     */
    public AssessorApplication application(AccessControl access, long maxBodyBytes, String version) {
        return new AssessorApplication(engine.questionnaires(), assessments, health, comparisons, reports,
                maxBodyBytes, version, lifecycle, access, rounds, web);
    }
}
