package org.assessor.app;

import java.lang.ref.SoftReference;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assessor.assessment.Submission;
import org.assessor.assessment.SubmissionReader;

/**
 * Stored submissions already read and checked, kept between impact analyses so that an auditor
 * running one analysis after another does not read the same thousands of submissions again. A
 * submission is found by its assessment id and used only if its stored text and questionnaire
 * version are exactly those it was read from. At most {@link #MAX} are kept, the least recently
 * used dropped first, each softly (the collector takes them back before the heap runs short).
 * Thread-safe.
 */
final class ParsedSubmissions {
    static final int MAX = 20_000;

    private record Entry(String json, String questionnaireVersion, Submission submission) {
    }

    private final Map<String, SoftReference<Entry>> entries = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SoftReference<Entry>> eldest) {
            return size() > MAX;
        }
    };

    /**
     * The submission of assessment {@code id}, read from {@code json} for {@code questionnaireVersion}
     * now or earlier.
     */
    Submission read(SubmissionReader reader, String id, String json, String questionnaireVersion) {
        SoftReference<Entry> kept;
        synchronized (entries) {
            kept = entries.get(id);
        }
        Entry entry = kept == null ? null : kept.get();
        if (entry != null && entry.json().equals(json) && entry.questionnaireVersion().equals(questionnaireVersion)) {
            return entry.submission();
        }
        Submission submission = StoredSubmissions.read(reader, json, questionnaireVersion);
        synchronized (entries) {
            entries.put(id, new SoftReference<>(new Entry(json, questionnaireVersion, submission)));
        }
        return submission;
    }
}
