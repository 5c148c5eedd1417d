package org.assessor.rules.sandbox;

import com.github.javaparser.Problem;
import com.github.javaparser.ast.Node;
import com.github.javaparser.printer.DefaultPrettyPrinter;
import com.github.javaparser.printer.configuration.DefaultConfigurationOption;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration.ConfigOption;
import java.util.List;

/**
 * Prints judged trees again as the text the compiler gets (no comments, one line per statement),
 * and phrases the guard's messages.
 */
final class Canonical {
    /** What expressions may contain, for messages. */
    static final String ALLOWED = "expressions may use bound $variables, properties of the pattern's type, "
            + "constants and factories of the fact types, literals, and + - * / % == != < <= > >= && || ! ?: "
            + "(see rules/README.md)";
    /** The types rule files may name, for messages. */
    static final String TYPES = "rule files may name the fact types of org.assessor.rules.fact and "
            + String.join(", ", Vocabulary.JDK_TYPES.keySet().stream().sorted().toList());
    /** Where the members are listed, for messages. */
    static final String MEMBERS = "rules may use the accessors and factories of the fact types and a few value "
            + "members of the JDK types (see rules/README.md)";
    private static final int EXCERPT = 60;

    private Canonical() {
    }

    /** {@code node} printed without comments. */
    static String print(Node node) {
        DefaultPrinterConfiguration configuration = new DefaultPrinterConfiguration();
        configuration.removeOption(new DefaultConfigurationOption(ConfigOption.PRINT_COMMENTS));
        configuration.removeOption(new DefaultConfigurationOption(ConfigOption.PRINT_JAVADOC));
        return new DefaultPrettyPrinter(configuration).print(node);
    }

    /** The start of {@code text} on one line, for a message. */
    static String excerpt(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= EXCERPT ? line : line.substring(0, EXCERPT) + "...";
    }

    /** The first of a parser's problems, for a message. */
    static String firstProblem(List<Problem> problems) {
        return problems.isEmpty() ? "it could not be read" : problems.get(0).getMessage().lines().findFirst()
                .orElse("it could not be read");
    }

    /** A plural name for a kind of node, for a message: "lambda expressions", "array accesses". */
    static String kind(Node node) {
        String name = node.getClass().getSimpleName().replaceAll("(Expr|Stmt)$", "");
        return switch (name) {
            case "Lambda" -> "lambdas (->)";
            case "MethodReference" -> "method references (::)";
            case "ArrayAccess", "ArrayCreation", "ArrayInitializer" -> "arrays";
            case "Cast" -> "casts";
            case "Class" -> "class literals";
            case "InstanceOf" -> "instanceof tests";
            case "Assign" -> "assignments";
            case "Char" + "Literal" -> "character literals (write \"x\")";
            case "TextBlockLiteral" -> "text blocks (write one \"...\" per line)";
            default -> name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase()
                    + (node instanceof com.github.javaparser.ast.stmt.Statement ? " statements" : " expressions");
        };
    }
}
