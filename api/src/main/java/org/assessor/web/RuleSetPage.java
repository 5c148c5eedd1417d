package org.assessor.web;

import java.util.List;
import java.util.Map;

/**
 * The page model of one rule-set version: its state, manifest notes, its files (each linked to
 * {@code /rulesets/{q}/{v}/files/{name}}), its test-case files, and what may be done with it.
 *
 * @param row     the version
 * @param date    the manifest's date
 * @param notes   the manifest's notes
 * @param files   every file name, in order
 * @param tests   the test-case files ({@code tests/*.json}), each with the description it gives
 * @param created true on the page an upload leads to
 */
public record RuleSetPage(RuleSetList.Row row, String date, String notes, List<String> files, List<TestFile> tests,
                          boolean created) {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** A test-case file and the description in it (empty if it has none). */
    public record TestFile(String name, String description) {
        static TestFile of(String name, String text) {
            try {
                return new TestFile(name, JSON.readTree(text).path("description").asText(""));
            } catch (java.io.IOException e) {
                return new TestFile(name, "");
            }
        }
    }

    static RuleSetPage of(RuleSetList.Row row, org.assessor.app.RuleSetVersion v, boolean created) {
        Map<String, String> files = v.files() == null ? Map.of() : v.files();
        List<String> names = files.keySet().stream().sorted().toList();
        return new RuleSetPage(row, v.date(), v.notes(), names,
                names.stream().filter(n -> n.startsWith("tests/")).map(n -> TestFile.of(n, files.get(n))).toList(), created);
    }

    /** A link to file {@code name}. */
    public String fileHref(String name) {
        return row.href() + "/files/" + name;
    }

    /** True if it may be published: it is not the active version. */
    public boolean mayPublish() {
        return !row.status().equals("active");
    }

    /** True if it has a threshold table, which the threshold form edits. */
    public boolean thresholds() {
        return files.stream().anyMatch(org.assessor.rules.RuleSetSource::isThresholdTable);
    }

    /** True if it may be retired: it is a draft. */
    public boolean mayRetire() {
        return row.status().equals("draft");
    }
}
