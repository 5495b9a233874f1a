package com.theorycloud.tabletheory.architecture;

import com.tngtech.archunit.base.HasDescription;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.AbstractClassesTransformer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The package cycles of {@code com.theorycloud.tabletheory}: each group of packages that depend on each other directly
 * or through one another (a strongly connected component of the package dependency graph with more than one package).
 *
 * <p>One group is one violation, named by its sorted member packages, with one example dependency per edge inside it.
 * Tarjan's algorithm finds every group exactly and deterministically. ArchUnit's own {@code beFreeOfCycles()}
 * (1.5.1), which lists elementary cycles, missed {@code outbox <-> outbox.internal} and {@code root <-> internal} on the
 * full class set while reporting them on a subset, so it is not used here.
 *
 * @param packages the member packages, sorted
 * @param edges    "from -&gt; to: example dependency" for every package edge inside the group, sorted
 */
record PackageCycles(SortedSet<String> packages, List<String> edges) implements HasDescription {

    /** Transforms the imported classes into their package cycles. */
    static final AbstractClassesTransformer<PackageCycles> OF_CLASSES =
            new AbstractClassesTransformer<>("package cycles of " + ProductionClasses.ROOT_PACKAGE) {
                @Override
                public Iterable<PackageCycles> doTransform(JavaClasses classes) {
                    return find(classes);
                }
            };

    @Override
    public String getDescription() {
        return "Package cycle among " + String.join(", ", packages);
    }

    /** The violation text: the member packages on the first line, then one example dependency per edge. */
    String violation() {
        StringBuilder text = new StringBuilder(getDescription());
        for (String edge : edges) {
            text.append('\n').append("  ").append(edge);
        }
        return text.toString();
    }

    static List<PackageCycles> find(JavaClasses classes) {
        Map<String, Map<String, String>> examples = new TreeMap<>();
        for (JavaClass origin : classes) {
            String from = origin.getPackageName();
            if (!ours(from)) {
                continue;
            }
            examples.computeIfAbsent(from, p -> new TreeMap<>());
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                String to = dependency.getTargetClass().getPackageName();
                if (ours(to) && !to.equals(from)) {
                    examples.get(from).merge(to, dependency.getDescription(),
                            (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
        }
        Map<String, Set<String>> graph = new TreeMap<>();
        examples.forEach((from, targets) -> graph.put(from, targets.keySet()));
        List<PackageCycles> cycles = new ArrayList<>();
        for (SortedSet<String> group : stronglyConnectedGroups(graph)) {
            List<String> edges = new ArrayList<>();
            for (String from : group) {
                examples.getOrDefault(from, Map.of()).forEach((to, example) -> {
                    if (group.contains(to)) {
                        edges.add(from + " -> " + to + ": " + example);
                    }
                });
            }
            cycles.add(new PackageCycles(group, List.copyOf(edges)));
        }
        return cycles;
    }

    /** Tarjan's strongly connected components with more than one node, each sorted, in the order of their first node. */
    static List<SortedSet<String>> stronglyConnectedGroups(Map<String, Set<String>> graph) {
        Tarjan tarjan = new Tarjan(graph);
        for (String node : new TreeSet<>(graph.keySet())) {
            if (!tarjan.index.containsKey(node)) {
                tarjan.visit(node);
            }
        }
        tarjan.groups.sort((a, b) -> a.first().compareTo(b.first()));
        return tarjan.groups;
    }

    private static boolean ours(String packageName) {
        return packageName.equals(ProductionClasses.ROOT_PACKAGE)
                || packageName.startsWith(ProductionClasses.ROOT_PACKAGE + ".");
    }

    private static final class Tarjan {
        private final Map<String, Set<String>> graph;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> lowLink = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new TreeSet<>();
        private final List<SortedSet<String>> groups = new ArrayList<>();

        Tarjan(Map<String, Set<String>> graph) {
            this.graph = graph;
        }

        void visit(String node) {
            index.put(node, index.size());
            lowLink.put(node, index.get(node));
            stack.push(node);
            onStack.add(node);
            for (String next : new TreeSet<>(graph.getOrDefault(node, Set.of()))) {
                if (!index.containsKey(next)) {
                    visit(next);
                    lowLink.put(node, Math.min(lowLink.get(node), lowLink.get(next)));
                } else if (onStack.contains(next)) {
                    lowLink.put(node, Math.min(lowLink.get(node), index.get(next)));
                }
            }
            if (lowLink.get(node).equals(index.get(node))) {
                SortedSet<String> group = new TreeSet<>();
                String member;
                do {
                    member = stack.pop();
                    onStack.remove(member);
                    group.add(member);
                } while (!member.equals(node));
                if (group.size() > 1) {
                    groups.add(group);
                }
            }
        }
    }
}
