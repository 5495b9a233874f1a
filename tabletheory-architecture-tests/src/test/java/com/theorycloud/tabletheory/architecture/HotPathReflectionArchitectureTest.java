package com.theorycloud.tabletheory.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Rule 5: no reflective member access ({@code Method.invoke}, {@code Field.get*}, {@code Field.set*}) in
 * tabletheory-core or tabletheory-spring-data.
 *
 * <p>The engine reads a model's structure once with reflection ({@code model.internal.StructureReader}: it looks up
 * fields, record components, getters and setters and creates {@code @Convert} converters with their no-argument
 * constructor) and then compiles accessors with {@code LambdaMetafactory} ({@code mapping.internal.Accessors}); mapping,
 * queries, updates, batches and transactions only call those compiled functions. Looking members up stays allowed;
 * invoking or reading/writing through {@code java.lang.reflect} is what would put reflection on the hot path, so the
 * rule forbids it in both modules that run per item. {@code MethodHandle.invoke} (used once per accessor to spin the
 * lambda) is not reflection in that sense and is not matched.
 *
 * <p>The rule is frozen in {@code src/test/resources/frozen}; the violation frozen when it was introduced
 * (tabletheory-spring-data's {@code core.convert.CompositeIdConverter} read id record components with
 * {@code getAccessor().invoke(..)} per id) is fixed: the converter looks the accessors and the constructor up once and
 * calls method handles. The store is empty, so any call fails the build.
 */
class HotPathReflectionArchitectureTest {

    private static final Pattern FIELD_READ_OR_WRITE =
            Pattern.compile("(get|set)(Boolean|Byte|Char|Short|Int|Long|Float|Double)?");

    static final DescribedPredicate<JavaAccess<?>> REFLECTIVE_MEMBER_ACCESS = DescribedPredicate.describe(
            "Method.invoke, Field.get* or Field.set*", access -> {
                String owner = access.getTargetOwner().getName();
                String name = access.getName();
                return owner.equals("java.lang.reflect.Method") && name.equals("invoke")
                        || owner.equals("java.lang.reflect.Field") && FIELD_READ_OR_WRITE.matcher(name).matches();
            });

    static final FrozenRule NO_REFLECTIVE_ACCESS_ON_HOT_PATHS = FrozenRule.freeze(noClasses()
            .that().resideInAnyPackage("com.theorycloud.tabletheory..")
            .and().resideOutsideOfPackages("com.theorycloud.tabletheory.local..", "com.theorycloud.tabletheory.spring.boot..")
            .should().callMethodWhere(REFLECTIVE_MEMBER_ACCESS)
            .as("tabletheory-core and tabletheory-spring-data should not call Method.invoke, Field.get* or Field.set*")
            .because("model metadata is read once and accessors are compiled with LambdaMetafactory"));

    @Test
    void noReflectiveMemberAccessOnHotPaths() {
        NO_REFLECTIVE_ACCESS_ON_HOT_PATHS.check(ProductionClasses.all());
    }
}
