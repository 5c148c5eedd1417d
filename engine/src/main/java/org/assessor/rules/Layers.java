package org.assessor.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a rule set's files as layers, in file-name order: the engine gives every rule of a file
 * the same salience, higher for earlier files, so the rules of a layer fire before those of
 * the layers after it.
 *
 * <p>This changes only how much work an evaluation does, never its result: every conclusion is
 * inserted logically, so a conclusion drawn on partial evidence is withdrawn when the evidence
 * changes, whatever the order. Without layering, a roll-up rule may fire on each of a standard's
 * criteria as they arrive; with it, it fires once on all of them. Auditors never write
 * salience themselves (the {@link SandboxGuard} refuses it).
 */
final class Layers {
    private static final Pattern PACKAGE = Pattern.compile("\\bpackage\\s+[\\w.]+\\s*;?");
    private static final int STEP = 10;

    private Layers() {
    }

    /**
     * The DRL of a file with the salience of layer {@code rank} (1 for the last file) declared
     * for all of its rules, on the line of its package statement so that line numbers in
     * compiler messages stay those of the auditor's file.
     */
    static String ordered(String drl, int rank) {
        String attribute = " salience " + (rank * STEP) + " ";
        Matcher m = PACKAGE.matcher(CodeOnly.strip(drl));
        if (m.find()) {
            return drl.substring(0, m.end()) + attribute + drl.substring(m.end());
        }
        return attribute + drl;
    }
}
