package org.assessor.rules.sandbox;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.assessor.core.Given;
import org.assessor.rules.fact.PerAnswer;

/**
 * The types and members rule code may name, resolved by the type of the value they are used on.
 * Types: the fact types of {@code org.assessor.rules.fact} and a few value types of the JDK.
 * Members: a fact type's own public methods (record accessors, getters, static factories, enum
 * constants), never those every class inherits such as {@code getDeclaringClass}; of the JDK
 * types only the listed ones, which compute on a value without reaching anything else (no
 * reflection, no regular expressions, nothing that makes text or collections grow).
 * Thread-safe.
 */
final class Vocabulary {
    /** The package of the fact types. */
    static final String FACTS = "org.assessor.rules.fact.";
    /** The package of the shared vocabulary (ratings, scales, levels), which rule files name without importing it. */
    static final String CORE = "org.assessor.core.";
    /** The JDK types rule code may name, by their simple names. */
    static final Map<String, Class<?>> JDK_TYPES = Map.ofEntries(Map.entry("String", String.class),
            Map.entry("Integer", Integer.class), Map.entry("Long", Long.class), Map.entry("Double", Double.class),
            Map.entry("Boolean", Boolean.class), Map.entry("Number", Number.class), Map.entry("Object", Object.class),
            Map.entry("List", List.class), Map.entry("Set", Set.class), Map.entry("Collection", Collection.class),
            Map.entry("Map", Map.class), Map.entry("Math", Math.class));
    /** What rule files may import besides the fact types. */
    static final Set<String> JDK_IMPORTS = Set.of("java.util.List", "java.util.Set", "java.util.Map",
            "java.util.Collection");
    private static final Set<String> ANY_VALUE = Set.of("equals", "hashCode", "toString", "compareTo");
    private static final Set<String> ENUM = Set.of("name", "ordinal");
    private static final Set<String> COLLECTION = Set.of("size", "isEmpty", "contains", "containsAll");
    private static final Set<String> NUMBER = Set.of("intValue", "longValue", "doubleValue");
    private static final Map<Class<?>, Set<String>> JDK_MEMBERS = Map.of(
            String.class, Set.of("length", "isEmpty", "isBlank", "substring", "indexOf", "lastIndexOf", "contains",
                    "startsWith", "endsWith", "equalsIgnoreCase", "compareToIgnoreCase", "toLowerCase", "toUpperCase",
                    "trim", "strip"),
            Collection.class, COLLECTION, Set.class, COLLECTION,
            List.class, Set.of("size", "isEmpty", "contains", "containsAll", "get", "indexOf"),
            Map.class, Set.of("size", "isEmpty", "containsKey", "containsValue", "get", "getOrDefault"),
            Number.class, NUMBER, Integer.class, NUMBER, Long.class, NUMBER, Double.class, Set.of("intValue",
                    "longValue", "doubleValue", "isNaN"),
            Boolean.class, Set.of("booleanValue"));
    private static final Map<Class<?>, Set<String>> JDK_STATICS = Map.of(
            Math.class, Set.of("min", "max", "abs", "round", "floor", "ceil"),
            String.class, Set.of("valueOf"),
            Integer.class, Set.of("MAX_VALUE", "MIN_VALUE", "compare"),
            Long.class, Set.of("MAX_VALUE", "MIN_VALUE", "compare"),
            Double.class, Set.of("MAX_VALUE", "MIN_VALUE", "compare"));
    private static final Map<Class<?>, Class<?>> BOXES = Map.of(int.class, Integer.class, long.class, Long.class,
            double.class, Double.class, float.class, Double.class, short.class, Integer.class, byte.class,
            Integer.class, char.class, String.class, boolean.class, Boolean.class);

    private final Map<String, Optional<Class<?>>> facts = new ConcurrentHashMap<>();

    /** The type a rule file means by {@code simpleName}, if it may name it. */
    Optional<Class<?>> type(String simpleName) {
        Class<?> jdk = JDK_TYPES.get(simpleName);
        return jdk != null ? Optional.of(jdk) : fact(simpleName);
    }

    /** The fact type named {@code simpleName}, if there is one. */
    Optional<Class<?>> fact(String simpleName) {
        return facts.computeIfAbsent(simpleName, Vocabulary::load);
    }

    static boolean isFact(Class<?> type) {
        return (type.getName().startsWith(FACTS) || type.getName().startsWith(CORE)) && type.getEnclosingClass() == null;
    }

    /** True for fact types of which a submission can hold thousands (see {@link PerAnswer}). */
    static boolean isPerAnswer(Class<?> type) {
        return type.isAnnotationPresent(PerAnswer.class);
    }

    /** True for fact types the engine gives each session exactly once (see {@link Given}). */
    static boolean isGiven(Class<?> type) {
        return type.isAnnotationPresent(Given.class);
    }

    /** The type rule code works with for {@code type}: primitives boxed, characters as text. */
    static Class<?> boxed(Class<?> type) {
        return BOXES.getOrDefault(type, type);
    }

    /**
     * The method {@code name} with {@code arity} parameters that rule code may call on a value of
     * {@code receiver} (or on the type itself, if {@code statics}).
     */
    Optional<Method> method(Class<?> receiver, String name, int arity, boolean statics) {
        Class<?> type = boxed(receiver);
        if (!allowed(type, name, statics)) {
            return Optional.empty();
        }
        Method[] candidates = isFact(type) && !ANY_VALUE.contains(name) && !ENUM.contains(name)
                ? type.getDeclaredMethods() : type.getMethods();
        return Arrays.stream(candidates)
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity)
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge())
                .filter(m -> Modifier.isStatic(m.getModifiers()) == statics)
                .filter(m -> !m.getReturnType().isArray())
                .findFirst();
    }

    /** The zero-argument method MVEL reads for property {@code name}: {@code name()}, {@code getName()} or {@code isName()}. */
    Optional<Method> property(Class<?> receiver, String name) {
        String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return method(receiver, name, 0, false)
                .or(() -> method(receiver, "get" + capitalised, 0, false))
                .or(() -> method(receiver, "is" + capitalised, 0, false));
    }

    /** The public constant {@code name} of {@code type} (an enum constant, or a listed JDK constant). */
    Optional<Field> constant(Class<?> type, String name) {
        if (!isFact(type) && !JDK_STATICS.getOrDefault(type, Set.of()).contains(name)) {
            return Optional.empty();
        }
        try {
            Field field = isFact(type) ? type.getDeclaredField(name) : type.getField(name);
            int modifiers = field.getModifiers();
            return Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
                    ? Optional.of(field) : Optional.empty();
        } catch (NoSuchFieldException e) {
            return Optional.empty();
        }
    }

    /** True if rule code may construct {@code type} with {@code arity} arguments. */
    static boolean constructible(Class<?> type, int arity) {
        return isFact(type) && !type.isEnum() && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())
                && Arrays.stream(type.getConstructors()).anyMatch(c -> c.getParameterCount() == arity);
    }

    private static boolean allowed(Class<?> type, String name, boolean statics) {
        if (statics) {
            return isFact(type) ? !name.equals("values") && !name.equals("valueOf")
                    : JDK_STATICS.getOrDefault(type, Set.of()).contains(name);
        }
        if (ANY_VALUE.contains(name) || type.isEnum() && ENUM.contains(name)) {
            return true;
        }
        if (isFact(type)) {
            return true;
        }
        return JDK_MEMBERS.entrySet().stream()
                .anyMatch(e -> e.getKey().isAssignableFrom(type) && e.getValue().contains(name));
    }

    private static Optional<Class<?>> load(String simpleName) {
        if (!simpleName.matches("[A-Z][A-Za-z0-9]*")) {
            return Optional.empty();
        }
        for (String pkg : new String[] {FACTS, CORE}) {
            try {
                Class<?> type = Class.forName(pkg + simpleName, false, Vocabulary.class.getClassLoader());
                return Modifier.isPublic(type.getModifiers()) && !type.isAnnotation() ? Optional.of(type)
                        : Optional.empty();
            } catch (ClassNotFoundException e) {
                // not in this package: try the next
            }
        }
        return Optional.empty();
    }
}
