package org.assessor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The guard every rule file passes before it is compiled. Rule files run inside the server, so
 * they may use the engine's fact types and plain Java expressions, and nothing that reaches
 * outside the evaluation:
 * <ul>
 *   <li>imports only of {@code org.assessor.rules.fact.*} (or one of its types) and of the
 *       collection interfaces {@code java.util.List}, {@code Set}, {@code Map}, {@code Collection};</li>
 *   <li>no fully qualified names outside those packages, so no {@code java.io}, {@code java.net},
 *       reflection or the like;</li>
 *   <li>none of the {@code java.lang} types that reach the process, threads or class loading
 *       ({@code System}, {@code Runtime}, {@code ProcessBuilder}, {@code Thread}, {@code Class},
 *       {@code ClassLoader}, ...), no {@code getClass()} and no class literals;</li>
 *   <li>no loops ({@code for}, {@code while}, {@code do}): a rule's work must be bounded, and
 *       runaway re-activation is caught by the firing limit instead;</li>
 *   <li>no access to the session ({@code drools}, {@code kcontext}, {@code kieRuntime}), no
 *       {@code global}s, no {@code modify}/{@code update}/{@code retract}/{@code delete} and no
 *       plain {@code insert}: rules only conclude, with {@code insertLogical};</li>
 *   <li>no ordering devices ({@code salience}, {@code activation-group}, {@code agenda-group},
 *       ...): results must not depend on firing order;</li>
 *   <li>no {@code dialect} switch and no unicode escapes ({@code \}{@code u0053ystem} would
 *       otherwise slip past these checks).</li>
 * </ul>
 * Comments and string literals are ignored, so rule names and action texts may say anything.
 * Thread-safe.
 */
public final class SandboxGuard implements RuleFileGuard {
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+|function\\s+)?([\\w.*]+)",
            Pattern.MULTILINE);
    private static final Set<String> ALLOWED_IMPORTS = Set.of("java.util.List", "java.util.Set", "java.util.Map",
            "java.util.Collection");
    private static final Pattern QUALIFIED = Pattern.compile("\\b(java|javax|jdk|sun|com|org|net|io)\\s*\\.\\s*\\w+");
    private static final Set<String> FORBIDDEN = Set.of(
            "System", "Runtime", "ProcessBuilder", "Process", "ProcessHandle", "Thread", "ThreadGroup",
            "ThreadLocal", "InheritableThreadLocal", "Class", "ClassLoader", "Module", "ModuleLayer",
            "SecurityManager", "StackWalker", "Compiler", "getClass", "forName", "newInstance", "setAccessible",
            "wait", "notify", "notifyAll", "finalize", "for", "while", "do", "drools", "kcontext", "kieRuntime",
            "global", "modify", "update", "retract", "delete", "insert", "dialect", "exitWorkingMemory", "halt",
            "salience");
    private static final Pattern CONTROL_ATTRIBUTE =
            Pattern.compile("\\b(activation-group|agenda-group|ruleflow-group|lock-on-active|auto-focus|no-loop)\\b");
    private static final Pattern WORD = Pattern.compile("\\b[A-Za-z_$][\\w$]*\\b");
    private static final Pattern CLASS_LITERAL = Pattern.compile("\\.\\s*class\\b");

    @Override
    public List<RuleProblem> check(DrlUnit unit) {
        List<RuleProblem> problems = new ArrayList<>();
        if (unit.drl().contains("\\u")) {
            problems.add(unit.problemAt(lineOf(unit.drl(), unit.drl().indexOf("\\u")),
                    "unicode escapes are not allowed in rule files; write the character itself (files are UTF-8)"));
        }
        String code = CodeOnly.strip(unit.drl());
        Matcher imports = IMPORT.matcher(code);
        while (imports.find()) {
            String name = imports.group(2);
            boolean allowed = imports.group(1) == null && (name.startsWith("org.assessor.rules.fact.")
                    || ALLOWED_IMPORTS.contains(name));
            if (!allowed) {
                problems.add(unit.problemAt(lineOf(code, imports.start()), "import of " + name + " is not allowed;"
                        + " rule files may import org.assessor.rules.fact.* and java.util.List, Set, Map, Collection"));
            }
        }
        String body = IMPORT.matcher(code).replaceAll(m -> " ".repeat(m.group().length()))
                .replaceAll("^\\s*package\\s+[\\w.]+", "");
        find(unit, body, QUALIFIED, m -> !m.group().replaceAll("\\s", "").startsWith("org.assessor"),
                m -> "fully qualified name " + m.group().replaceAll("\\s", "") + "... is not allowed in rule files",
                problems);
        find(unit, body, WORD, m -> FORBIDDEN.contains(m.group()),
                m -> "'" + m.group() + "' is not allowed in rule files: " + why(m.group()), problems);
        find(unit, body, CLASS_LITERAL, m -> true, m -> "class literals are not allowed in rule files", problems);
        find(unit, body, CONTROL_ATTRIBUTE, m -> true, m -> "'" + m.group() + "' is not allowed in rule files: "
                + why("salience"), problems);
        return problems;
    }

    private static void find(DrlUnit unit, String code, Pattern pattern, java.util.function.Predicate<Matcher> bad,
                             java.util.function.Function<Matcher, String> message, List<RuleProblem> into) {
        Matcher m = pattern.matcher(code);
        while (m.find()) {
            if (bad.test(m)) {
                into.add(unit.problemAt(lineOf(code, m.start()), message.apply(m)));
            }
        }
    }

    private static String why(String word) {
        return switch (word) {
            case "for", "while", "do" -> "loops could run for ever; a rule handles one match";
            case "modify", "update", "retract", "delete", "insert" -> "rules never change or remove facts; they"
                    + " conclude with insertLogical, so a conclusion is withdrawn when its reasons are";
            case "salience" -> "results must not depend on the order rules fire in";
            case "global", "drools", "kcontext", "kieRuntime", "halt", "exitWorkingMemory" ->
                    "rules may not reach the session or globals";
            case "dialect" -> "consequences are always Java";
            default -> "it reaches outside the evaluation (process, threads, reflection or class loading)";
        };
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
