/**
 * The {@code assessor.jar} command line (picocli): {@code evaluate}, {@code rules validate},
 * {@code rules test}, and the server. Commands print for people and return exit codes for scripts.
 */
package org.assessor.cli;
