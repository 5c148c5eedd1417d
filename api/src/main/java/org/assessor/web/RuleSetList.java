package org.assessor.web;

import java.util.List;
import java.util.Optional;
import org.assessor.app.KnownVersion;
import org.assessor.app.RuleSetVersion;
import org.assessor.store.AuditAction;
import org.assessor.store.AuditEntry;

/** The page model of {@code /rulesets}: every version, grouped by questionnaire in the service's order. */
public record RuleSetList(List<Row> rows) {

    /**
     * One version.
     *
     * @param questionnaireId the questionnaire
     * @param version         the version
     * @param status          draft, active or retired
     * @param hash            the content hash
     * @param origin          bundled or uploaded
     * @param uploadedBy      who uploaded it; empty for a bundled version
     * @param publishedBy     who last published it; empty if never published through the service
     * @param publishedAt     when, as the pages write dates
     */
    public record Row(String questionnaireId, String version, String status, String hash, String origin,
                      String uploadedBy, String publishedBy, String publishedAt) {

        /** The version's page. */
        public String href() {
            return "/rulesets/" + questionnaireId + "/" + version;
        }
    }

    static RuleSetList of(List<RuleSetVersion> versions, List<AuditEntry> log) {
        return new RuleSetList(versions.stream().map(v -> row(v.state(), log)).toList());
    }

    static Row row(KnownVersion v, List<AuditEntry> log) {
        Optional<AuditEntry> published = log.stream().filter(e -> e.action() == AuditAction.PUBLISH
                && e.questionnaireId().equals(v.id().questionnaireId()) && e.version().equals(v.id().version()))
                .findFirst();
        String uploadedBy = v.record() == null || v.origin() != org.assessor.store.RuleSetOrigin.UPLOADED ? ""
                : v.record().createdBy();
        return new Row(v.id().questionnaireId(), v.id().version(), v.status().code(), v.hash(), v.origin().code(),
                uploadedBy, published.map(AuditEntry::actor).orElse(""),
                published.map(e -> Dates.day(e.at())).orElse(""));
    }
}
