package org.assessor.rules;

import java.util.List;
import java.util.Optional;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.drools.drl.ast.descr.PackageDescr;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * Reads rule files with Drools' DRL parser, the one its compiler uses, into the trees that are
 * judged and compiled. Text that reads differently to a person or a Java compiler than to the
 * parser is refused first ({@link RawText}). Brackets nested more than {@link #MAX_NESTING} deep are refused before
 * parsing (the parser recurses on them), and a parser that overflows its stack is a problem of the
 * file, not an error of the server.
 */
final class DrlTrees {
    /** The deepest rule files may nest brackets. */
    static final int MAX_NESTING = 64;

    private DrlTrees() {
    }

    /** The tree of {@code unit}, or empty with its problems added to {@code problems}. */
    static Optional<ParsedRuleFile> parse(DrlUnit unit, List<RuleProblem> problems) {
        if (!RawText.check(unit, problems)) {
            return Optional.empty();
        }
        int line = tooDeep(unit.drl());
        if (line > 0) {
            problems.add(unit.problemAt(line, "brackets are nested more than " + MAX_NESTING + " deep; "
                    + "split the expression"));
            return Optional.empty();
        }
        DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
        PackageDescr tree;
        try {
            tree = parser.parse(false, unit.drl());
        } catch (DroolsParserException | RuntimeException e) {
            problems.add(unit.problemAt(0, "the file cannot be read as DRL: " + e.getMessage()));
            return Optional.empty();
        } catch (StackOverflowError e) {
            problems.add(unit.problemAt(0, "the file nests too deeply to be read"));
            return Optional.empty();
        }
        if (parser.hasErrors() || tree == null) {
            for (DroolsError error : parser.getErrors()) {
                int row = error instanceof ParserError p ? p.getRow() : 0;
                problems.add(unit.problemAt(row, error.getMessage()));
            }
            if (parser.getErrors().isEmpty()) {
                problems.add(unit.problemAt(0, "the file cannot be read as DRL"));
            }
            return Optional.empty();
        }
        return Optional.of(new ParsedRuleFile(unit, tree));
    }

    /** The line at which brackets first nest deeper than allowed, or 0. */
    private static int tooDeep(String drl) {
        int depth = 0;
        int line = 1;
        for (int i = 0; i < drl.length(); i++) {
            char c = drl.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '(' || c == '[' || c == '{') {
                if (++depth > MAX_NESTING) {
                    return line;
                }
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(depth - 1, 0);
            }
        }
        return 0;
    }
}
