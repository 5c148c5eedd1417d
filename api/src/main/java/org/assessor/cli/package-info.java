/**
 * The {@code assessor.jar} command line (picocli): {@code evaluate}, the server, the auditor's
 * checks of a rule-set folder ({@code rules validate}, {@code rules test}) and its lifecycle on a
 * server ({@code rules upload}, {@code list}, {@code impact}, {@code publish}, {@code retire}), and
 * a site lead's collection rounds on a server ({@code rounds create}, {@code list}, {@code invite},
 * {@code progress}, {@code remind}, {@code rating}, {@code close}).
 * Commands print for people and return exit codes for scripts.
 */
package org.assessor.cli;
