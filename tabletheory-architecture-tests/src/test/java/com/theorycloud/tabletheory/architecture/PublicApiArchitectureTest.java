package com.theorycloud.tabletheory.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Rule 6: public API packages do not expose {@code ..internal..} types.
 *
 * <p>Public classes inside {@code ..internal..} packages are fine (other packages of the same module use them), but a
 * public or protected constructor, method or field (public fields, in practice) of a public class outside {@code ..internal..} must not mention an
 * internal type in its parameters, return type or field type, type arguments included: users would compile against it.
 * The rule is frozen in {@code src/test/resources/frozen}; the two violations frozen when it was introduced (the public
 * constructors {@code Query(ReadContext)} and {@code Scan(ReadContext)}) are fixed, so the store is empty.
 */
class PublicApiArchitectureTest {

    /** Public or protected, not synthetic, declared by a public class outside {@code ..internal..}. */
    static final DescribedPredicate<JavaMember> API_MEMBER = DescribedPredicate.describe(
            "are public or protected members of public classes outside ..internal..", member -> {
                Set<JavaModifier> modifiers = member.getModifiers();
                JavaClass owner = member.getOwner();
                return (modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED))
                        && !modifiers.contains(JavaModifier.SYNTHETIC)
                        && owner.getModifiers().contains(JavaModifier.PUBLIC)
                        && !InternalPackagesArchitectureTest.isInternal(owner);
            });

    static final FrozenRule API_SIGNATURES_HIDE_INTERNALS = FrozenRule.freeze(codeUnits()
            .that(API_MEMBER)
            .should(new ArchCondition<JavaCodeUnit>("not use ..internal.. types in their signature") {
                @Override
                public void check(JavaCodeUnit codeUnit, ConditionEvents events) {
                    List<JavaType> types = new ArrayList<>(codeUnit.getParameterTypes());
                    types.add(codeUnit.getReturnType());
                    report(codeUnit, codeUnit.getFullName(), types, events);
                }
            })
            .as("public API constructors and methods should not use ..internal.. types in their signature"));

    static final FrozenRule API_FIELDS_HIDE_INTERNALS = FrozenRule.freeze(fields()
            .that(API_MEMBER)
            .should(new ArchCondition<JavaField>("not have an ..internal.. type") {
                @Override
                public void check(JavaField field, ConditionEvents events) {
                    report(field, field.getFullName(), List.of(field.getType()), events);
                }
            })
            .as("public API fields should not have ..internal.. types"));

    @Test
    void publicSignaturesDoNotExposeInternalTypes() {
        API_SIGNATURES_HIDE_INTERNALS.check(ProductionClasses.all());
    }

    @Test
    void publicFieldsDoNotExposeInternalTypes() {
        API_FIELDS_HIDE_INTERNALS.check(ProductionClasses.all());
    }

    private static void report(Object member, String name, List<JavaType> types, ConditionEvents events) {
        Set<String> internal = new TreeSet<>();
        for (JavaType type : types) {
            for (JavaClass involved : type.getAllInvolvedRawTypes()) {
                if (InternalPackagesArchitectureTest.isInternal(involved)) {
                    internal.add(involved.getName());
                }
            }
        }
        if (!internal.isEmpty()) {
            events.add(SimpleConditionEvent.violated(member, name + " exposes internal " + String.join(", ", internal)));
        }
    }
}
