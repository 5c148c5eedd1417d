package org.assessor.app;

import java.util.Map;

/**
 * A rule-set version as auditors see it: its lifecycle state and its manifest, and when one
 * version is fetched, its files.
 *
 * @param state its id, hash, origin, status and what the database records about it
 * @param date  the date in its manifest
 * @param notes the notes in its manifest: what changed and why
 * @param files every file by name: text, or {@code base64:} and the bytes for spreadsheets
 *              ({@link RuleSetTexts}); null unless one version was asked for with its files
 */
public record RuleSetVersion(KnownVersion state, String date, String notes, Map<String, String> files) {
}
