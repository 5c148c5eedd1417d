package org.assessor.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit log: who did what to which rule-set version, and when.
 *
 * @param id             the entry's number, increasing with time; 0 for an entry not yet written
 * @param at             when it was done
 * @param actor          who did it: the caller's identity ({@code local} while access control is off)
 * @param action         what was done
 * @param questionnaireId the questionnaire of the rule-set version concerned
 * @param version        the rule-set version concerned
 * @param hash           that version's content hash
 * @param assessmentId   for re-evaluations, the assessment re-evaluated; null otherwise
 * @param detail         anything else worth knowing (e.g. the version a publish replaced); may be null
 */
public record AuditEntry(long id, Instant at, String actor, AuditAction action, String questionnaireId,
                         String version, String hash, String assessmentId, String detail) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(questionnaireId, "questionnaireId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(hash, "hash");
    }

    /** An entry to be written, about rule-set version {@code questionnaireId}/{@code version}. */
    public static AuditEntry of(Instant at, String actor, AuditAction action, String questionnaireId,
                                String version, String hash) {
        return new AuditEntry(0, at, actor, action, questionnaireId, version, hash, null, null);
    }

    /** This entry about assessment {@code id}. */
    public AuditEntry withAssessment(String id) {
        return new AuditEntry(this.id, at, actor, action, questionnaireId, version, hash, id, detail);
    }

    /** This entry with {@code text} as its detail. */
    public AuditEntry withDetail(String text) {
        return new AuditEntry(id, at, actor, action, questionnaireId, version, hash, assessmentId, text);
    }
}
