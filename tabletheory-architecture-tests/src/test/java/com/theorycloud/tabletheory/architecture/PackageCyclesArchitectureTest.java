package com.theorycloud.tabletheory.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import com.tngtech.archunit.library.freeze.ViolationLineMatcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Rule 1: no dependency cycles between the packages of {@code com.theorycloud.tabletheory} (every package is its own
 * slice, across all modules).
 *
 * <p><b>Known debt.</b> The cycles that existed when this rule was introduced are frozen in
 * {@code src/test/resources/frozen} and tolerated; they are debt to remove, not a design to follow:
 * <ul>
 *   <li>tabletheory-core: {@code annotation}, {@code mapping}, {@code mapping.internal}, {@code model},
 *       {@code model.internal};</li>
 *   <li>tabletheory-core: the root package, {@code batch.internal}, {@code encryption.internal}, {@code internal},
 *       {@code query}, {@code query.internal}, {@code transaction};</li>
 *   <li>tabletheory-core: {@code outbox}, {@code outbox.internal};</li>
 *   <li>tabletheory-local: {@code local}, {@code local.internal}.</li>
 * </ul>
 * A cycle that is not in the store fails the build. A frozen cycle is recognised by its path of packages only (see
 * {@link #SAME_CYCLE}), so new class-level dependencies along an already known cycle do not fail; a new edge that closes
 * another cycle does. When a frozen cycle is removed the rule fails too, asking for the store to be updated on purpose
 * (docs/architecture.md, "Updating the frozen store").
 */
class PackageCyclesArchitectureTest {

    /** Every class of our root package is in the slice named after its package. */
    static final SliceAssignment ONE_SLICE_PER_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String packageName = javaClass.getPackageName();
            boolean ours = packageName.equals(ProductionClasses.ROOT_PACKAGE)
                    || packageName.startsWith(ProductionClasses.ROOT_PACKAGE + ".");
            return ours ? SliceIdentifier.of(packageName) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "packages of " + ProductionClasses.ROOT_PACKAGE;
        }
    };

    /**
     * Two cycle violations are the same when their path of slices ("Cycle detected: Slice a -&gt; Slice b -&gt; Slice
     * a", which spans several lines) is; the dependency details listed below it change with every refactoring inside
     * the cycle.
     */
    static final ViolationLineMatcher SAME_CYCLE = (stored, actual) -> cyclePath(stored).equals(cyclePath(actual));

    private static final Pattern DETAILS = Pattern.compile("\\n\\s*1\\. Dependencies of ");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    static final ArchRule NO_PACKAGE_CYCLES = FreezingArchRule.freeze(slices()
                    .assignedFrom(ONE_SLICE_PER_PACKAGE)
                    .should().beFreeOfCycles()
                    .as("packages of com.theorycloud.tabletheory should be free of cycles"))
            .associateViolationLinesVia(SAME_CYCLE);

    @Test
    void noPackageCyclesBeyondTheFrozenOnes() {
        NO_PACKAGE_CYCLES.check(ProductionClasses.all());
    }

    @Test
    void frozenCyclesAreMatchedByTheirWholePath() {
        String known = "Cycle detected: Slice a -> \n                Slice b -> \n                Slice a\n"
                + "  1. Dependencies of Slice a\n    - Method <a.A.m()> calls method <b.B.n()> in (A.java:1)";
        String sameCycleOtherDetails = "Cycle detected: Slice a -> \n                Slice b -> \n                Slice a\n"
                + "  1. Dependencies of Slice a\n    - Method <a.A.k()> calls method <b.B.n()> in (A.java:9)";
        String newCycleSameStart = "Cycle detected: Slice a -> \n                Slice c -> \n                Slice a\n"
                + "  1. Dependencies of Slice a\n    - Method <a.A.m()> calls method <c.C.n()> in (A.java:1)";

        assertThat(SAME_CYCLE.matches(known, sameCycleOtherDetails)).isTrue();
        assertThat(SAME_CYCLE.matches(known, newCycleSameStart)).isFalse();
    }

    static String cyclePath(String violation) {
        String path = DETAILS.split(violation, 2)[0];
        return WHITESPACE.matcher(path).replaceAll(" ").trim();
    }
}
