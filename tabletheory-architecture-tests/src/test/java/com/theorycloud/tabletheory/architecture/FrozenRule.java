package com.theorycloud.tabletheory.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import com.tngtech.archunit.library.freeze.ViolationLineMatcher;

/**
 * A rule whose violations at the time it was introduced are frozen in {@code src/test/resources/frozen}
 * ({@code archunit.properties}): new violations fail, and so does a frozen one that is gone, because the store is never
 * rewritten silently.
 *
 * <p>ArchUnit reports a gone violation as a bare "Updating frozen violations is disabled" before it looks at new ones;
 * a fix and a regression look alike that way (a new package cycle that merges two known ones makes both known ones
 * disappear). {@link #check} therefore adds the rule's current violations and the way to update the store on purpose.
 */
final class FrozenRule {

    private final ArchRule rule;
    private final FreezingArchRule frozen;

    private FrozenRule(ArchRule rule, FreezingArchRule frozen) {
        this.rule = rule;
        this.frozen = frozen;
    }

    static FrozenRule freeze(ArchRule rule) {
        return new FrozenRule(rule, FreezingArchRule.freeze(rule));
    }

    static FrozenRule freeze(ArchRule rule, ViolationLineMatcher matcher) {
        return new FrozenRule(rule, FreezingArchRule.freeze(rule).associateViolationLinesVia(matcher));
    }

    void check(JavaClasses classes) {
        try {
            frozen.check(classes);
        } catch (RuntimeException e) {
            // StoreUpdateFailedException is not public API of ArchUnit.
            if (!e.getClass().getSimpleName().equals("StoreUpdateFailedException")) {
                throw e;
            }
            EvaluationResult current = rule.evaluate(classes);
            throw new AssertionError("Frozen violations of rule '" + rule.getDescription() + "' are gone: either they "
                    + "were fixed (then update the store on purpose: run this module's tests once with "
                    + "-Darchunit.freeze.store.default.allowStoreUpdate=true and commit src/test/resources/frozen, see "
                    + "docs/architecture.md) or they changed into new ones (e.g. a new cycle merged two known ones), "
                    + "which must be removed. The rule's violations now, known ones included ("
                    + current.getFailureReport().getDetails().size() + "):\n"
                    + String.join("\n", current.getFailureReport().getDetails()), e);
        }
    }
}
