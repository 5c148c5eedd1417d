package org.assessor.rules;

import org.drools.drl.ast.descr.PackageDescr;

/**
 * One rule file as Drools' DRL parser read it: the unit (its DRL text, and the decision-table cells
 * it came from) and the tree the compiler builds from.
 */
public record ParsedRuleFile(DrlUnit unit, PackageDescr tree) {
}
