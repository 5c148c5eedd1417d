package org.assessor.api;

import java.time.Instant;
import java.util.Map;
import org.assessor.app.KnownVersion;
import org.assessor.app.RuleSetVersion;
import org.assessor.store.RuleSetOrigin;

/**
 * The JSON of one rule-set version. {@code questionnaireId}, {@code version}, {@code status},
 * {@code hash} and {@code files} are the contract of {@code PRODUCT.md}.
 *
 * @param questionnaireId      the questionnaire it rates
 * @param version              its version
 * @param status               {@code draft}, {@code active} or {@code retired}
 * @param hash                 the content hash of its files ({@code sha256:...})
 * @param origin               {@code bundled} with the application or {@code uploaded}
 * @param questionnaireVersion the questionnaire version it was written for
 * @param date                 the date in its manifest
 * @param notes                the notes in its manifest: what changed and why
 * @param uploadedAt           when it was uploaded; absent for bundled versions
 * @param uploadedBy           who uploaded it; absent for bundled versions
 * @param statusChangedAt      when its status last changed; absent if it never has
 * @param files                every file by name: text, or {@code base64:} and the bytes for spreadsheets;
 *                             only when one version is fetched
 */
public record RuleSetVersionView(String questionnaireId, String version, String status, String hash, String origin,
                                 String questionnaireVersion, String date, String notes, Instant uploadedAt,
                                 String uploadedBy, Instant statusChangedAt, Map<String, String> files) {

    /** The view of {@code v}. */
    public static RuleSetVersionView of(RuleSetVersion v) {
        KnownVersion s = v.state();
        boolean uploaded = s.origin() == RuleSetOrigin.UPLOADED;
        return new RuleSetVersionView(s.id().questionnaireId(), s.id().version(), s.status().code(), s.hash(),
                s.origin().code(), s.questionnaireVersion(), v.date(), v.notes(),
                uploaded ? s.record().createdAt() : null, uploaded ? s.record().createdBy() : null,
                s.statusChangedAt(), v.files());
    }
}
