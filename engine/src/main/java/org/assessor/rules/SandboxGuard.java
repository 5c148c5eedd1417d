package org.assessor.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The guard every rule file passes before it is compiled. Rule files run inside the server, so
 * they may use the engine's fact types and plain value expressions, and nothing that reaches
 * outside the evaluation or runs without bound. It refuses, with the line of each:
 * <ul>
 *   <li>imports but of {@code org.assessor.rules.fact.*} (or one of its types) and of
 *       {@code java.util.List}, {@code Set}, {@code Map}, {@code Collection}; fully qualified
 *       names outside {@code org.assessor.rules.fact};</li>
 *   <li>types but the fact types and the value types of {@link RuleVocabulary#JDK_TYPES}; members
 *       (after a {@code .}) and calls but those of {@link RuleVocabulary}: so no reflection
 *       ({@code getDeclaringClass}, {@code getClassLoader}, {@code invoke}, ...), no regular
 *       expressions, no string or array growth;</li>
 *   <li>the {@code java.lang} types that reach the process, threads or class loading
 *       ({@code System}, {@code Runtime}, {@code Thread}, {@code Class}, ...), {@code getClass()},
 *       class literals, and the MVEL property forms {@code class}, {@code declaringClass},
 *       {@code classLoader};</li>
 *   <li>anything that repeats: loops ({@code for}, {@code while}, {@code do}, MVEL's
 *       {@code until} and {@code foreach}) and every way to define code that could call itself:
 *       {@code function} and {@code query} declarations, lambdas ({@code ->}), method references
 *       ({@code ::}), anonymous and local classes ({@code class}, {@code record}, {@code enum},
 *       {@code interface}) and MVEL's {@code def}; also array creation, {@code declare}d types,
 *       timers, windows and entry points;</li>
 *   <li>the {@code matches} operator (a regular expression can take exponential time on a
 *       crafted answer);</li>
 *   <li>access to the session ({@code drools}, {@code kcontext}, {@code kieRuntime}), {@code global}s,
 *       {@code modify}/{@code update}/{@code retract}/{@code delete}, plain {@code insert} and
 *       MVEL's {@code with}: rules only conclude, with {@code insertLogical};</li>
 *   <li>ordering devices ({@code salience}, {@code activation-group}, {@code agenda-group}, ...);</li>
 *   <li>a {@code dialect} switch, unicode escapes ({@code \}{@code u0053ystem}), and indexing by a
 *       string ({@code x["name"]}, which MVEL reads as a property).</li>
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
            "salience", "until", "foreach", "def", "function", "query", "declare", "class", "record", "enum",
            "interface", "matches", "with", "synchronized", "timer", "calendars", "duration", "enabled", "window",
            "declaringClass", "classLoader", "getDeclaringClass", "getClassLoader", "loadClass", "invoke");
    private static final Pattern CONTROL_ATTRIBUTE = Pattern.compile(
            "\\b(activation-group|agenda-group|ruleflow-group|lock-on-active|auto-focus|no-loop|entry-point)\\b");
    /**
     * A qualified name reported by {@link #QUALIFIED}, whole, so its parts are not reported again
     * (a character class, not a repeated group, which would recurse once per part).
     */
    private static final Pattern QUALIFIED_CHAIN = Pattern.compile(QUALIFIED.pattern() + "[\\w\\s.]*");
    private static final Pattern CLASS_LITERAL = Pattern.compile("\\.\\s*class\\b");
    private static final Pattern LAMBDA = Pattern.compile("->|::");
    private static final Pattern ANONYMOUS_CLASS = Pattern.compile("\\bnew\\s+[\\w.$<>,\\s]+?\\([^;{}]*\\)\\s*\\{");
    private static final Pattern NEW_ARRAY = Pattern.compile("\\bnew\\s+[\\w.$<>]+\\s*\\[|\\[\\s*]\\s*\\w+\\s*=\\s*\\{");
    private static final Pattern STRING_INDEX = Pattern.compile("\\[\\s*[\"']");

    private final RuleVocabulary vocabulary = new RuleVocabulary();

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
            boolean allowed = imports.group(1) == null && (name.startsWith(RuleVocabulary.FACTS)
                    || ALLOWED_IMPORTS.contains(name));
            if (!allowed) {
                problems.add(unit.problemAt(lineOf(code, imports.start()), "import of " + name + " is not allowed;"
                        + " rule files may import org.assessor.rules.fact.* and java.util.List, Set, Map, Collection"));
            }
        }
        String body = blank(blank(code, IMPORT), Pattern.compile("^\\s*package\\s+[\\w.]+", Pattern.MULTILINE));
        find(unit, body, QUALIFIED, m -> !body.startsWith(RuleVocabulary.FACTS, m.start()),
                m -> "fully qualified name " + m.group().replaceAll("\\s", "") + "... is not allowed in rule files",
                problems);
        String plain = blank(blank(body, Pattern.compile(Pattern.quote(RuleVocabulary.FACTS))), QUALIFIED_CHAIN);
        find(unit, plain, CLASS_LITERAL, m -> true, m -> "class literals are not allowed in rule files", problems);
        find(unit, plain, CONTROL_ATTRIBUTE, m -> true, m -> "'" + m.group() + "' is not allowed in rule files: "
                + why(m.group()), problems);
        find(unit, plain, LAMBDA, m -> true, m -> "'" + m.group() + "' is not allowed in rule files: " + why("->"),
                problems);
        find(unit, plain, ANONYMOUS_CLASS, m -> true, m -> "anonymous classes are not allowed in rule files: "
                + why("->"), problems);
        find(unit, plain, NEW_ARRAY, m -> true, m -> "arrays are not allowed in rule files: use the facts' lists",
                problems);
        find(unit, plain, STRING_INDEX, m -> true, m -> "indexing by a string is not allowed in rule files: "
                + "name the member instead", problems);
        checkNames(unit, plain, problems);
        return problems;
    }

    /** Checks every identifier: forbidden words, then types, members and calls against the vocabulary. */
    private void checkNames(DrlUnit unit, String code, List<RuleProblem> problems) {
        List<CodeTokens.Identifier> identifiers = CodeTokens.identifiers(code);
        Set<String> typesNamed = new HashSet<>();
        identifiers.stream().filter(i -> !i.member() && i.capitalised()).forEach(i -> typesNamed.add(i.name()));
        for (CodeTokens.Identifier id : identifiers) {
            String name = id.name();
            String problem = null;
            if (FORBIDDEN.contains(name)) {
                problem = "'" + name + "' is not allowed in rule files: " + why(name);
            } else if (name.startsWith("$")) {
                continue;
            } else if (id.member()) {
                problem = vocabulary.isMember(name, typesNamed) ? null : "'." + name + "' is not allowed in rule "
                        + "files: rules may use the members of the fact types and a few of String, numbers, Math "
                        + "and collections (see docs/security.md)";
            } else if (id.capitalised()) {
                problem = vocabulary.isType(name) ? null : "'" + name + "' is not a type rule files may use: use the "
                        + "fact types of org.assessor.rules.fact and " + String.join(", ",
                        RuleVocabulary.JDK_TYPES.stream().sorted().toList());
            } else if (id.call() && !id.constructed()) {
                problem = vocabulary.isCall(name, typesNamed) ? null : "'" + name + "(...)' is not allowed in rule "
                        + "files: rules may call insertLogical, DRL's own functions and the members of their facts";
            }
            if (problem != null) {
                problems.add(unit.problemAt(lineOf(code, id.offset()), problem));
            }
        }
    }

    /** {@code text} with every match of {@code pattern} turned to spaces, line breaks kept. */
    private static String blank(String text, Pattern pattern) {
        return pattern.matcher(text).replaceAll(m -> m.group().replaceAll("[^\n]", " "));
    }

    private static void find(DrlUnit unit, String code, Pattern pattern, Predicate<Matcher> bad,
                             Function<Matcher, String> message, List<RuleProblem> into) {
        Matcher m = pattern.matcher(code);
        while (m.find()) {
            if (bad.test(m)) {
                into.add(unit.problemAt(lineOf(code, m.start()), message.apply(m)));
            }
        }
    }

    private static String why(String word) {
        return switch (word) {
            case "for", "while", "do", "until", "foreach" -> "loops could run for ever; a rule handles one match";
            case "function", "query", "def", "class", "record", "enum", "interface", "->", "::" ->
                    "code a rule defines could call itself without end; a rule handles one match";
            case "modify", "update", "retract", "delete", "insert", "with" -> "rules never change or remove facts;"
                    + " they conclude with insertLogical, so a conclusion is withdrawn when its reasons are";
            case "salience", "activation-group", "agenda-group", "ruleflow-group", "lock-on-active", "auto-focus",
                    "no-loop" -> "results must not depend on the order rules fire in";
            case "global", "drools", "kcontext", "kieRuntime", "halt", "exitWorkingMemory" ->
                    "rules may not reach the session or globals";
            case "dialect" -> "consequences are always Java";
            case "matches" -> "a regular expression can take exponential time on a crafted answer; compare with "
                    + "==, contains or startsWith";
            case "declare" -> "rules reason over the fact types of org.assessor.rules.fact";
            case "timer", "calendars", "duration", "enabled", "window", "entry-point", "synchronized" ->
                    "rules are evaluated once, at once, on the facts of one submission";
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
