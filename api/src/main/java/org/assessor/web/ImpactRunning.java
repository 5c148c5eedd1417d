package org.assessor.web;

/**
 * An impact analysis still running, as its page shows it: the version, how many stored
 * assessments are analysed of how many (total -1 while not yet counted), the share done, and the
 * address to look again.
 */
public record ImpactRunning(RuleSetList.Row row, long done, long total, int percent, String again) {
}
