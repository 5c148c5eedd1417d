package org.assessor.web;

/**
 * The page model of the confirmation asked before publishing or retiring a version.
 *
 * @param row    the version
 * @param action {@code publish} or {@code retire}
 * @param active the version active now, or empty if none is
 * @param impact the impact of publishing; null for retiring or when there is no active version to compare with
 */
public record ConfirmPage(RuleSetList.Row row, String action, String active, ImpactPage impact) {

    /** True when the page asks to publish. */
    public boolean publishing() {
        return action.equals("publish");
    }
}
