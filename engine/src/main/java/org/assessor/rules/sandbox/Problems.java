package org.assessor.rules.sandbox;

import java.util.List;
import org.assessor.rules.DrlUnit;
import org.assessor.rules.RuleProblem;

/**
 * Where the problems of one rule file go, each placed at a line of the file's DRL (and from there
 * at the decision-table cell, for generated DRL). A view {@link #from(int) from} a line counts
 * lines from there, for code judged apart from the file, such as a consequence. The same problem
 * at the same place is kept once.
 */
final class Problems {
    private final DrlUnit unit;
    private final List<RuleProblem> into;
    private final int firstLine;

    Problems(DrlUnit unit, List<RuleProblem> into) {
        this(unit, into, 1);
    }

    private Problems(DrlUnit unit, List<RuleProblem> into, int firstLine) {
        this.unit = unit;
        this.into = into;
        this.firstLine = firstLine;
    }

    /** A view whose line 1 is line {@code line} of the file. */
    Problems from(int line) {
        return new Problems(unit, into, Math.max(line, 1));
    }

    /** Adds a problem at line {@code line} of this view. */
    void at(int line, String message) {
        RuleProblem problem = unit.problemAt(firstLine + Math.max(line, 1) - 1, message);
        if (!into.contains(problem)) {
            into.add(problem);
        }
    }

    /** Adds each message at line {@code line}. */
    void at(int line, List<String> messages) {
        messages.forEach(m -> at(line, m));
    }

    int count() {
        return into.size();
    }

    DrlUnit unit() {
        return unit;
    }
}
