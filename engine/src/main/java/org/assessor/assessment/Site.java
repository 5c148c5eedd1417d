package org.assessor.assessment;

/** The site (a provider, or one workstream of it) an assessment is about. */
public record Site(String id, String name) {
}
