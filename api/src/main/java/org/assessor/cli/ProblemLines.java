package org.assessor.cli;

import java.nio.file.Path;

/** Formats a rule-set problem the way compilers do: {@code DIR/file:line (cell C): message}. */
final class ProblemLines {
    private static final String NO_FILE = "(rule set)";

    private ProblemLines() {
    }

    static String of(Path folder, String file, int line, String cell, String message) {
        String where = NO_FILE.equals(file) ? folder + "/" + file : folder.resolve(file).toString();
        return where + (line > 0 ? ":" + line : "") + (cell != null ? " (cell " + cell + ")" : "") + ": " + message;
    }
}
