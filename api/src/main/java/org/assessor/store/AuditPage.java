package org.assessor.store;

import java.util.List;

/**
 * One page of the audit log, newest first.
 *
 * @param entries the entries
 * @param before  the id to continue before for the next page; 0 if this is the last page
 */
public record AuditPage(List<AuditEntry> entries, long before) {

    public AuditPage {
        entries = List.copyOf(entries);
    }
}
