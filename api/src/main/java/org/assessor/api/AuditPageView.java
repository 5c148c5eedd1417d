package org.assessor.api;

import java.time.Instant;
import java.util.List;
import org.assessor.store.AuditEntry;
import org.assessor.store.AuditPage;

/**
 * The JSON of {@code GET /api/audit}: one page of the audit log, newest first.
 *
 * @param items      the entries
 * @param limit      the page size used
 * @param nextCursor pass as {@code cursor} for the next (older) page; absent on the last page
 */
public record AuditPageView(List<Entry> items, int limit, String nextCursor) {

    /**
     * One entry.
     *
     * @param id              its number: later entries have higher numbers
     * @param at              when it was done
     * @param actor           who did it
     * @param action          {@code upload}, {@code publish}, {@code retire} or {@code re-evaluate}
     * @param questionnaireId the rule-set version's questionnaire
     * @param version         the rule-set version
     * @param hash            that version's content hash
     * @param assessmentId    for re-evaluations, the assessment
     * @param detail          more about it, e.g. the version a publish replaced
     */
    public record Entry(long id, Instant at, String actor, String action, String questionnaireId, String version,
                        String hash, String assessmentId, String detail) {
    }

    /** The view of {@code page}, fetched with page size {@code limit}. */
    public static AuditPageView of(AuditPage page, int limit) {
        return new AuditPageView(page.entries().stream().map(e -> new Entry(e.id(), e.at(), e.actor(),
                e.action().code(), e.questionnaireId(), e.version(), e.hash(), e.assessmentId(), e.detail())).toList(),
                limit, page.before() == 0 ? null : Long.toString(page.before()));
    }
}
