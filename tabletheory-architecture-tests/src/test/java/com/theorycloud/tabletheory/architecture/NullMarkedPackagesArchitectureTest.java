package com.theorycloud.tabletheory.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.all;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.lang.AbstractClassesTransformer;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Comparator;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Rule 4: every package with main code has a {@code package-info.java} annotated with JSpecify's {@code @NullMarked},
 * so unannotated types are non-null and {@code @Nullable} marks the exceptions. Samples are checked from their sources
 * by {@link SamplesArchitectureTest}.
 */
class NullMarkedPackagesArchitectureTest {

    static final String NULL_MARKED = "org.jspecify.annotations.NullMarked";

    /** The packages that hold at least one imported class, each once. */
    static final AbstractClassesTransformer<JavaPackage> PACKAGES_WITH_CLASSES =
            new AbstractClassesTransformer<>("packages with main code") {
                @Override
                public Iterable<JavaPackage> doTransform(JavaClasses classes) {
                    TreeMap<String, JavaPackage> packages = new TreeMap<>(Comparator.naturalOrder());
                    for (JavaClass javaClass : classes) {
                        packages.putIfAbsent(javaClass.getPackageName(), javaClass.getPackage());
                    }
                    return packages.values();
                }
            };

    static final ArchRule PACKAGES_ARE_NULL_MARKED = all(PACKAGES_WITH_CLASSES)
            .should(new ArchCondition<JavaPackage>("have a package-info annotated with @NullMarked") {
                @Override
                public void check(JavaPackage javaPackage, ConditionEvents events) {
                    boolean marked = javaPackage.tryGetPackageInfo().isPresent()
                            && javaPackage.isAnnotatedWith(NULL_MARKED);
                    events.add(new SimpleConditionEvent(javaPackage, marked, "package " + javaPackage.getName()
                            + (marked ? " is @NullMarked" : " has no package-info.java annotated with @" + NULL_MARKED
                                    + ": add one")));
                }
            });

    @Test
    void everyPackageIsNullMarked() {
        PACKAGES_ARE_NULL_MARKED.check(ProductionClasses.all());
    }
}
