package org.assessor.rules;

import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Runs a rule set's files as layers, in file-name order: every rule of a file gets the same
 * salience, higher for earlier files, so the rules of a layer fire before those of the layers
 * after it.
 *
 * <p>This changes only how much work an evaluation does, never its result: every conclusion is
 * inserted logically, so a conclusion drawn on partial evidence is withdrawn when the evidence
 * changes, whatever the order. Without layering, a roll-up rule may fire on each of a standard's
 * criteria as they arrive; with it, it fires once on all of them. Auditors never write
 * salience themselves (the guard refuses it).
 */
final class Layers {
    private static final int STEP = 10;

    private Layers() {
    }

    /** Gives every rule of {@code tree} the salience of layer {@code rank} (1 for the last file). */
    static void order(PackageDescr tree, int rank) {
        for (RuleDescr rule : tree.getRules()) {
            rule.addAttribute(new AttributeDescr("salience", String.valueOf(rank * STEP)));
        }
    }
}
