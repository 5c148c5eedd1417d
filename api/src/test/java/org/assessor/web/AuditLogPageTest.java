package org.assessor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assessor.store.AuditAction;
import org.assessor.store.AuditEntry;
import org.junit.jupiter.api.Test;

/** The audit log page's filters (questionnaire, action, days in UTC with both ends included) and pages. */
class AuditLogPageTest {
    private static final List<String> QS = List.of("demo", "other");

    /** 60 entries, newest first: one a day from 2027-01-01 (entry 0) backwards, alternating demo/other and upload/publish. */
    private static List<AuditEntry> log() {
        List<AuditEntry> log = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            log.add(new AuditEntry(60 - i, Instant.parse("2027-01-01T12:00:00Z").minusSeconds(86_400L * i), "user:a",
                    i % 2 == 0 ? AuditAction.UPLOAD : AuditAction.PUBLISH, i % 2 == 0 ? "demo" : "other", "1." + i + ".0",
                    "sha256:x", null, null));
        }
        return log;
    }

    private static AuditLogPage page(String q, String action, String from, String to, int page) {
        return AuditLogPage.of(log(), QS, new AuditLogPage.Filter(q, action, from, to), page);
    }

    @Test
    void pagesOf25NewestFirstWithLinksKeepingTheFilter() {
        AuditLogPage first = page("", "", "", "", 1);
        assertThat(first.entries()).hasSize(25);
        assertThat(first.entries().get(0).version()).isEqualTo("1.0.0");
        assertThat(first.more()).isTrue();
        AuditLogPage last = page("", "", "", "", 3);
        assertThat(last.entries()).hasSize(10);
        assertThat(last.more()).isFalse();
        assertThat(page("demo", "upload", "", "", 1).nextHref())
                .isEqualTo("/audit?questionnaire=demo&action=upload&from=&to=&page=2");
    }

    @Test
    void filtersByQuestionnaireActionAndDays() {
        assertThat(page("demo", "", "", "", 1).entries()).hasSize(25).allMatch(r -> r.questionnaire().equals("demo"));
        assertThat(page("demo", "", "", "", 2).entries()).hasSize(5);
        assertThat(page("", "publish", "", "", 1).entries()).allMatch(r -> r.action().equals("publish"));
        assertThat(page("", "", "2026-12-30", "2027-01-01", 1).entries()).extracting(AuditLogPage.Row::version)
                .containsExactly("1.0.0", "1.1.0", "1.2.0");
        AuditLogPage wrong = page("", "", "30/12/2026", "", 1);
        assertThat(wrong.errors().at("from")).startsWith("Enter the date");
        assertThat(wrong.entries()).hasSize(25);
    }
}
