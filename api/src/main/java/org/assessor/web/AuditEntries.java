package org.assessor.web;

import java.util.ArrayList;
import java.util.List;
import org.assessor.app.AuditTrail;
import org.assessor.store.AuditEntry;
import org.assessor.store.AuditPage;

/**
 * The audit log read whole (newest first, at most {@value #MAX} entries) for the pages that
 * filter it or look up who published a version. The log only grows by lifecycle decisions, so it
 * stays small; past {@value #MAX} entries the oldest are not shown.
 */
final class AuditEntries {
    static final int MAX = 10_000;

    private AuditEntries() {
    }

    /** Every entry, newest first (at most {@value #MAX}). */
    static List<AuditEntry> all(AuditTrail audit) {
        List<AuditEntry> all = new ArrayList<>();
        long before = 0;
        while (all.size() < MAX) {
            AuditPage page = audit.page(AuditTrail.MAX_LIMIT, before);
            all.addAll(page.entries());
            if (page.entries().size() < AuditTrail.MAX_LIMIT || page.before() <= 0) {
                break;
            }
            before = page.before();
        }
        return all;
    }
}
