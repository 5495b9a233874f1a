package com.theorycloud.tabletheory.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rules 2 and 3: an {@code ..internal..} package is private to the module that holds it.
 *
 * <p>Implementation lives in {@code ..internal..} packages so it can change without notice; only the module that owns
 * such a package may use it. The rules are frozen in {@code src/test/resources/frozen}; the one violation frozen when
 * they were introduced (tabletheory-spring-data's {@code ReadCalls} used core's {@code mapping.internal.Timestamps})
 * is fixed, so the store is empty and any use fails the build. Samples are checked from their sources by
 * {@link SamplesArchitectureTest}.
 */
class InternalPackagesArchitectureTest {

    static final DescribedPredicate<JavaClass> CORE_INTERNAL = DescribedPredicate.describe(
            "are in an ..internal.. package of tabletheory-core",
            c -> isInternal(c) && ProductionClasses.tryModuleOf(c).filter("tabletheory-core"::equals).isPresent());

    static final FrozenRule SPRING_DOES_NOT_USE_CORE_INTERNALS = FrozenRule.freeze(noClasses()
            .that().resideInAPackage("com.theorycloud.tabletheory.spring..")
            .should().dependOnClassesThat(CORE_INTERNAL)
            .as("Spring modules should not depend on ..internal.. packages of tabletheory-core"));

    static final FrozenRule INTERNALS_STAY_IN_THEIR_MODULE = FrozenRule.freeze(classes()
            .should(new ArchCondition<JavaClass>("use ..internal.. packages of their own module only") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    String module = ProductionClasses.moduleOf(origin);
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass();
                        Optional<String> targetModule = ProductionClasses.tryModuleOf(target);
                        if (isInternal(target) && targetModule.isPresent() && !targetModule.get().equals(module)) {
                            events.add(SimpleConditionEvent.violated(dependency, module + " uses an internal class of "
                                    + targetModule.get() + ": " + dependency.getDescription()));
                        }
                    }
                }
            })
            .as("classes should use ..internal.. packages of their own module only"));

    @Test
    void springModulesDoNotUseCoreInternals() {
        SPRING_DOES_NOT_USE_CORE_INTERNALS.check(ProductionClasses.all());
    }

    @Test
    void internalPackagesAreNotUsedByOtherModules() {
        INTERNALS_STAY_IN_THEIR_MODULE.check(ProductionClasses.all());
    }

    static boolean isInternal(JavaClass javaClass) {
        String packageName = javaClass.getPackageName();
        return packageName.startsWith(ProductionClasses.ROOT_PACKAGE + ".")
                && (packageName.endsWith(".internal") || packageName.contains(".internal."));
    }
}
