package org.assessor.http;

import java.util.List;
import org.assessor.access.AccessControl;
import org.assessor.app.AssessmentService;
import org.assessor.app.ComparisonService;
import org.assessor.app.HealthCheck;
import org.assessor.app.ReportService;
import org.assessor.app.RuleSetLifecycle;
import org.assessor.http.error.AccessDeniedMapper;
import org.assessor.http.error.BodyTooLargeMapper;
import org.assessor.http.error.BodyTooSlowMapper;
import org.assessor.http.error.BodyUnreadableMapper;
import org.assessor.http.error.ComparisonMixesVersionsMapper;
import org.assessor.http.error.EvaluationAbortedMapper;
import org.assessor.http.error.EvaluationsBusyMapper;
import org.assessor.http.error.InvalidParameterMapper;
import org.assessor.http.error.MalformedJsonMapper;
import org.assessor.http.error.NoSuchAssessmentMapper;
import org.assessor.http.error.NoSuchInvitationMapper;
import org.assessor.http.error.NoSuchLinkMapper;
import org.assessor.http.error.NoSuchQuestionnaireMapper;
import org.assessor.http.error.NoSuchResultMapper;
import org.assessor.http.error.NoSuchRoundMapper;
import org.assessor.http.error.NoSuchRuleSetMapper;
import org.assessor.http.error.NotAuthenticatedMapper;
import org.assessor.http.error.PathInvalidMapper;
import org.assessor.http.error.ReportFailedMapper;
import org.assessor.http.error.RoundConflictMapper;
import org.assessor.http.error.RoundInvalidMapper;
import org.assessor.http.error.RuleSetConflictMapper;
import org.assessor.http.error.RuleSetInvalidMapper;
import org.assessor.http.error.RuleSetUploadInvalidMapper;
import org.assessor.http.error.StorageFailedMapper;
import org.assessor.http.error.SubmissionInvalidMapper;
import org.assessor.http.error.TooManyLinkAttemptsMapper;
import org.assessor.http.error.UnexpectedExceptionMapper;
import org.assessor.http.error.WebApplicationExceptionMapper;
import org.assessor.http.filter.AccessFilter;
import org.assessor.http.filter.AccessLogFilter;
import org.assessor.http.filter.CallerBinder;
import org.assessor.http.filter.RequestIdFilter;
import org.assessor.http.filter.RequestLimitsFilter;
import org.assessor.questionnaire.QuestionnaireCatalog;
import org.assessor.server.Assessor;
import org.assessor.web.ActionPages;
import org.assessor.web.AssetsResource;
import org.assessor.web.HomeResource;
import org.assessor.web.OidcResource;
import org.assessor.web.PeerPages;
import org.assessor.web.ProgrammePages;
import org.assessor.web.ResultPages;
import org.assessor.web.RoundInvitePages;
import org.assessor.web.RoundPages;
import org.assessor.web.SignOutResource;
import org.assessor.web.SignInRequiredMapper;
import org.assessor.web.SignInResource;
import org.assessor.web.WebFilter;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The Jersey application: every resource, provider, filter and exception mapper, registered
 * explicitly. Feature auto-discovery and {@code META-INF/services} lookup are off, so nothing on
 * the classpath joins uninvited. This list is the API's table of contents.
 */
public final class AssessorApplication extends ResourceConfig {
    /** The resources the OpenAPI document describes. */
    static final List<Class<?>> DOCUMENTED = List.of(HealthResource.class, QuestionnaireResource.class,
            EvaluationResource.class, AssessmentResource.class, AssessmentReportResource.class,
            ComparisonResource.class, RuleSetResource.class, AuditResource.class, RoundResource.class,
            RespondResource.class);

    /**
     * @param questionnaires the questionnaires served
     * @param assessments    evaluates and stores submissions
     * @param health         the health check
     * @param comparisons    commissioners' comparisons
     * @param reports        PDF reports
     * @param maxBodyBytes   the largest request body accepted (larger: 413)
     * @param version        the API version shown in the OpenAPI document
     * @param lifecycle      the rule-set lifecycle: versions, impact, result history, audit log
     * @param access         whether requests need tokens, and which
     * @param rounds         collection rounds: for leads, invitations and respondents
     * @param web            the web pages' accounts, sessions and templates
     */
    public AssessorApplication(QuestionnaireCatalog questionnaires, AssessmentService assessments,
                               HealthCheck health, ComparisonService comparisons, ReportService reports,
                               long maxBodyBytes, String version, RuleSetLifecycle lifecycle, AccessControl access,
                               Assessor.Rounds rounds, Assessor.Web web) {
        property(CommonProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        property(CommonProperties.METAINF_SERVICES_LOOKUP_DISABLE, true);
        property(ServerProperties.WADL_FEATURE_DISABLE, true);
        property(ServerProperties.BV_FEATURE_DISABLE, true);
        property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);

        register(new HealthResource(health));
        register(new QuestionnaireResource(questionnaires));
        register(new EvaluationResource(assessments));
        register(new AssessmentResource(assessments, lifecycle.results()));
        register(new AssessmentReportResource(reports));
        register(new ComparisonResource(comparisons, reports));
        register(new RuleSetResource(lifecycle.ruleSets(), lifecycle.impact()));
        register(new AuditResource(lifecycle.audit()));
        register(new RoundResource(rounds.rounds(), rounds.invitations()));
        register(new RespondResource(rounds.respondents()));
        register(new OpenApiResource(new OpenApiDocument(DOCUMENTED, version)));

        register(new HomeResource(web.pages()));
        register(new SignInResource(web.accounts(), web.pages(), web.oidc().isPresent()));
        web.oidc().ifPresent(oidc -> register(new OidcResource(oidc, web.accounts(), web.pages())));
        register(new SignOutResource(web.accounts()));
        register(new RoundPages(rounds.rounds(), rounds.invitations(), questionnaires, web.pages()));
        register(new RoundInvitePages(rounds.rounds(), rounds.invitations(), web.pages()));
        register(new ResultPages(web.plans(), reports, web.pages()));
        register(new ActionPages(web.plans(), web.pages()));
        register(new ProgrammePages(comparisons, reports, rounds.rounds(), questionnaires, web.pages()));
        register(new org.assessor.web.RuleSetPages(lifecycle.ruleSets(), lifecycle.audit(), questionnaires, web.pages()));
        register(new org.assessor.web.RuleSetChangePages(lifecycle.ruleSets(), lifecycle.impact(),
                new org.assessor.web.ImpactRuns(lifecycle.impact(), java.time.Clock.systemUTC(),
                        org.assessor.web.ImpactRuns.PATIENCE), lifecycle.audit(),
                web.pages()));
        register(new org.assessor.web.ThresholdPages(lifecycle.ruleSets(), web.pages()));
        register(new org.assessor.web.AuditPages(lifecycle.audit(), questionnaires, web.pages()));
        register(new PeerPages(assessments, questionnaires, web.pages()));
        register(new AssetsResource());
        register(new org.assessor.web.RespondPages(rounds.respondents(), questionnaires, web.pages()));

        register(JacksonFeature.withoutExceptionMappers());
        register(new JacksonConfig());
        register(new JsonBodyReader(maxBodyBytes));

        register(RequestIdFilter.class);
        register(AccessLogFilter.class);
        register(RequestLimitsFilter.class);
        register(new AccessFilter(access, assessments));
        register(new CallerBinder());
        register(new WebFilter(web.accounts(), web.pages()));

        register(NotAuthenticatedMapper.class);
        register(AccessDeniedMapper.class);
        register(PathInvalidMapper.class);
        register(MalformedJsonMapper.class);
        register(SubmissionInvalidMapper.class);
        register(InvalidParameterMapper.class);
        register(NoSuchAssessmentMapper.class);
        register(NoSuchQuestionnaireMapper.class);
        register(BodyTooLargeMapper.class);
        register(BodyTooSlowMapper.class);
        register(BodyUnreadableMapper.class);
        register(StorageFailedMapper.class);
        register(RuleSetInvalidMapper.class);
        register(RuleSetUploadInvalidMapper.class);
        register(NoSuchRuleSetMapper.class);
        register(RuleSetConflictMapper.class);
        register(NoSuchResultMapper.class);
        register(EvaluationAbortedMapper.class);
        register(EvaluationsBusyMapper.class);
        register(ComparisonMixesVersionsMapper.class);
        register(ReportFailedMapper.class);
        register(NoSuchRoundMapper.class);
        register(NoSuchInvitationMapper.class);
        register(NoSuchLinkMapper.class);
        register(RoundConflictMapper.class);
        register(RoundInvalidMapper.class);
        register(TooManyLinkAttemptsMapper.class);
        register(SignInRequiredMapper.class);
        register(WebApplicationExceptionMapper.class);
        register(UnexpectedExceptionMapper.class);
    }
}
