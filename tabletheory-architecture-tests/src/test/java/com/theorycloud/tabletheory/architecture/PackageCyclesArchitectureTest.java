package com.theorycloud.tabletheory.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.all;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.freeze.ViolationLineMatcher;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Rule 1: no dependency cycles between the packages of {@code com.theorycloud.tabletheory}, across all modules (every
 * package is a node; see {@link PackageCycles}).
 *
 * <p><b>Known debt.</b> The cycles that existed when this rule was introduced are frozen in
 * {@code src/test/resources/frozen} and tolerated; they are debt to remove, not a design to follow:
 * <ul>
 *   <li>tabletheory-core: the root package and {@code transaction} ({@code TableTheory.transactWrite()} returns a
 *       {@code TransactWrite} whose methods take the root package's {@code Table} and {@code Key}).</li>
 * </ul>
 * A frozen group is recognised by its member packages ({@link #SAME_GROUP}): new dependencies between packages of one
 * known group do not fail, but a cycle that pulls in another package, joins two groups or forms a new group does. When a
 * group shrinks or disappears the rule fails too, until the store is updated on purpose (docs/architecture.md,
 * "Updating the frozen store").
 */
class PackageCyclesArchitectureTest {

    /** Two violations are the same cycle when their first line, the sorted member packages, is the same. */
    static final ViolationLineMatcher SAME_GROUP = (stored, actual) -> firstLine(stored).equals(firstLine(actual));

    static final FrozenRule NO_PACKAGE_CYCLES = FrozenRule.freeze(all(PackageCycles.OF_CLASSES)
                    .should(new ArchCondition<PackageCycles>("not exist") {
                        @Override
                        public void check(PackageCycles cycle, ConditionEvents events) {
                            events.add(SimpleConditionEvent.violated(cycle, cycle.violation()));
                        }
                    })
                    .allowEmptyShould(true)
                    .as("packages of com.theorycloud.tabletheory should be free of cycles"),
            SAME_GROUP);

    @Test
    void noPackageCyclesBeyondTheFrozenOnes() {
        NO_PACKAGE_CYCLES.check(ProductionClasses.all());
    }

    @Test
    void everyGroupOfMutuallyDependentPackagesIsFound() {
        Map<String, Set<String>> graph = Map.of(
                "a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a", "d"),
                "d", Set.of(), "e", Set.of("f", "a"), "f", Set.of("e"), "g", Set.of("a"));

        assertThat(PackageCycles.stronglyConnectedGroups(graph)).containsExactly(
                new TreeSet<>(List.of("a", "b", "c")), new TreeSet<>(List.of("e", "f")));
    }

    @Test
    void frozenGroupsAreMatchedByTheirMembers() {
        String known = "Package cycle among a, b\n  a -> b: Method <a.A.m()> calls method <b.B.n()> in (A.java:1)";
        String moreDependencies = "Package cycle among a, b\n  a -> b: Method <a.A.k()> calls method <b.B.n()> in (A.java:9)";
        String grown = "Package cycle among a, b, c\n  a -> b: Method <a.A.m()> calls method <b.B.n()> in (A.java:1)";

        assertThat(SAME_GROUP.matches(known, moreDependencies)).isTrue();
        assertThat(SAME_GROUP.matches(known, grown)).isFalse();
    }

    private static String firstLine(String violation) {
        int end = violation.indexOf('\n');
        return end < 0 ? violation : violation.substring(0, end);
    }
}
