package org.assessor.rules;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What rule code may name, beyond DRL's own keywords: the fact types of
 * {@code org.assessor.rules.fact} and their own members (record accessors, static factories,
 * enum constants, and the properties MVEL reads through their getters: never the methods every
 * class inherits, such as {@code getDeclaringClass}),
 * a few value types of {@code java.lang} and {@code java.util}, and the members of those that
 * compute on values without reaching anything else (no reflection, no regular expressions, no
 * string or array growth such as {@code repeat} or {@code format}). Members are checked by name
 * whatever they are called on, so every name here must be harmless on any receiver. Thread-safe.
 */
final class RuleVocabulary {
    /** The package of the fact types. */
    static final String FACTS = "org.assessor.rules.fact.";
    /** The JDK types rule code may name. */
    static final Set<String> JDK_TYPES = Set.of("String", "Integer", "Long", "Double", "Boolean", "Character",
            "Number", "Math", "List", "Set", "Map", "Collection", "Object", "CharSequence");
    /** The JDK members rule code may use. */
    static final Set<String> JDK_MEMBERS = Set.of(
            "equals", "hashCode", "toString", "compareTo",
            "length", "isEmpty", "isBlank", "charAt", "substring", "indexOf", "lastIndexOf", "contains",
            "startsWith", "endsWith", "equalsIgnoreCase", "compareToIgnoreCase", "toLowerCase", "toUpperCase",
            "trim", "strip", "stripLeading", "stripTrailing", "concat", "valueOf", "join",
            "intValue", "longValue", "doubleValue", "floatValue", "booleanValue", "parseInt", "parseLong",
            "parseDouble", "parseBoolean", "compare", "sum", "signum", "isNaN", "MAX_VALUE", "MIN_VALUE", "TRUE",
            "FALSE", "min", "max", "abs", "round", "floor", "ceil", "floorDiv", "floorMod", "sqrt", "pow",
            "size", "containsAll", "containsKey", "containsValue", "get", "getOrDefault", "keySet", "values",
            "entrySet", "getKey", "getValue", "of", "copyOf", "Entry", "name", "ordinal", "empty", "key", "value");
    /** What may be called without a receiver: DRL's conditional elements and accumulate functions, and insertLogical. */
    static final Set<String> CALLS = Set.of("insertLogical", "eval", "not", "exists", "forall", "and", "or",
            "collect", "accumulate", "from", "count", "sum", "min", "max", "average", "collectList", "collectSet",
            "init", "action", "reverse", "result", "if", "switch", "catch", "return", "super", "this", "in",
            "contains", "memberOf", "excludes");

    private final ConcurrentHashMap<String, Optional<Set<String>>> factMembers = new ConcurrentHashMap<>();

    /** True if {@code name} names a type rule code may use. */
    boolean isType(String name) {
        return JDK_TYPES.contains(name) || fact(name).isPresent();
    }

    /** True if rule code may use the member {@code name} of some value, given the fact types it names. */
    boolean isMember(String name, Set<String> typesNamed) {
        if (JDK_MEMBERS.contains(name)) {
            return true;
        }
        return typesNamed.stream().map(this::fact).flatMap(Optional::stream).anyMatch(m -> m.contains(name));
    }

    /** True if {@code name} may be called without a receiver. */
    boolean isCall(String name, Set<String> typesNamed) {
        return CALLS.contains(name) || isMember(name, typesNamed);
    }

    /**
     * The members reachable from fact type {@code simpleName}: its own, and those of the fact types
     * its accessors return (so {@code $t.standard().id()} works); empty if it is not a fact type.
     */
    private Optional<Set<String>> fact(String simpleName) {
        return factMembers.computeIfAbsent(simpleName, n -> load(n).map(RuleVocabulary::membersReachableFrom));
    }

    private static Optional<Class<?>> load(String simpleName) {
        if (!simpleName.matches("[A-Z][A-Za-z0-9]*")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Class.forName(FACTS + simpleName, false, RuleVocabulary.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    private static Set<String> membersReachableFrom(Class<?> start) {
        Set<String> members = new HashSet<>();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>();
        todo.add(start);
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!seen.add(type)) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()) {
                    members.add(method.getName());
                    beanProperty(method).ifPresent(members::add);
                    enqueueFacts(method.getGenericReturnType(), todo);
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isPublic(field.getModifiers())) {
                    members.add(field.getName());
                }
            }
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    members.add(component.getName());
                }
            }
        }
        return members;
    }

    /** The property MVEL reads through a getter: {@code rank} for {@code getRank()}, {@code rated} for {@code isRated()}. */
    private static Optional<String> beanProperty(Method method) {
        String name = method.getName();
        int prefix = name.startsWith("get") ? 3 : name.startsWith("is") ? 2 : 0;
        if (prefix == 0 || name.length() == prefix || method.getParameterCount() > 0) {
            return Optional.empty();
        }
        return Optional.of(Character.toLowerCase(name.charAt(prefix)) + name.substring(prefix + 1));
    }

    private static void enqueueFacts(Type type, Deque<Class<?>> todo) {
        if (type instanceof Class<?> c && c.getName().startsWith(FACTS)) {
            todo.add(c);
        } else if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                enqueueFacts(argument, todo);
            }
        }
    }
}
