package org.assessor.cli;

/** Why an impact analysis could not be made, in words for the person who asked. */
final class ImpactRefused extends Exception {
    private static final long serialVersionUID = 1L;

    ImpactRefused(String message) {
        super(message);
    }
}
