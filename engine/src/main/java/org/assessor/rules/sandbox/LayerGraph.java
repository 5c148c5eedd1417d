package org.assessor.rules.sandbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fact types of a rule set as a graph: an edge from each type a rule matches to each type it
 * inserts. Rules conclude in layers, so the graph must have no cycle: a rule whose conclusions
 * feed back into what it (or a rule before it) matches could fire without end, and every round
 * could grow its facts.
 */
final class LayerGraph {
    private final Map<Class<?>, List<Edge>> edges = new LinkedHashMap<>();

    private record Edge(Class<?> to, RuleFlow rule) {
    }

    LayerGraph(List<RuleFlow> rules) {
        for (RuleFlow rule : rules) {
            for (Class<?> from : rule.matches()) {
                for (Class<?> to : rule.inserts()) {
                    edges.computeIfAbsent(from, k -> new ArrayList<>()).add(new Edge(to, rule));
                }
            }
        }
    }

    /** One cycle, as the rules along it; empty if the rules conclude in layers. */
    Optional<List<RuleFlow>> cycle() {
        Set<Class<?>> done = new HashSet<>();
        for (Class<?> start : edges.keySet()) {
            Optional<List<RuleFlow>> found = search(start, new LinkedHashSet<>(), new ArrayList<>(), done);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<List<RuleFlow>> search(Class<?> type, LinkedHashSet<Class<?>> path, List<RuleFlow> rules,
                                            Set<Class<?>> done) {
        if (path.contains(type)) {
            int start = new ArrayList<>(path).indexOf(type);
            return Optional.of(List.copyOf(rules.subList(start, rules.size())));
        }
        if (!done.add(type)) {
            return Optional.empty();
        }
        path.add(type);
        for (Edge edge : edges.getOrDefault(type, List.of())) {
            rules.add(edge.rule());
            Optional<List<RuleFlow>> found = search(edge.to(), path, rules, done);
            rules.remove(rules.size() - 1);
            if (found.isPresent()) {
                return found;
            }
        }
        path.remove(type);
        return Optional.empty();
    }

    /** The message for {@code cycle}. */
    static String describe(List<RuleFlow> cycle) {
        StringBuilder text = new StringBuilder("rules feed their conclusions back into what they match, so they "
                + "could fire without end: ");
        for (RuleFlow rule : cycle) {
            text.append('"').append(rule.rule()).append("\" (").append(rule.file()).append(':').append(rule.line())
                    .append(") inserts ").append(String.join(", ", rule.inserts().stream().map(Class::getSimpleName)
                    .toList())).append("; ");
        }
        return text.append("a rule may match only facts the engine inserts or that other rules conclude without "
                + "depending on it").toString();
    }
}
