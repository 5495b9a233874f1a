package com.theorycloud.tabletheory.spring.boot.aot;

import java.util.List;

import com.theorycloud.tabletheory.ItemCodecs;
import com.theorycloud.tabletheory.spring.boot.fixtures.converted.Invoice;
import com.theorycloud.tabletheory.spring.boot.fixtures.converted.MoneyConverter;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;

import static org.assertj.core.api.Assertions.assertThat;

class TableTheoryModelHintsTests {

    private final RuntimeHints hints = new RuntimeHints();

    @Test
    void registersModelsTheirNestedTypesAndConverters() {
        TableTheoryModelHints.register(hints, List.of(Invoice.class));

        for (Class<?> type : List.of(Invoice.class, Invoice.Line.class, Invoice.Address.class, Invoice.Money.class)) {
            assertThat(RuntimeHintsPredicates.reflection()
                .onType(type)
                .withMemberCategories(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS,
                        MemberCategory.INVOKE_DECLARED_METHODS, MemberCategory.ACCESS_DECLARED_FIELDS))
                .as("hints for %s", type.getSimpleName())
                .accepts(hints);
        }
        assertThat(RuntimeHintsPredicates.reflection()
            .onType(MoneyConverter.class)
            .withMemberCategories(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).accepts(hints);
    }

    @Test
    void leavesJdkTypesToTheBuiltInConverters() {
        TableTheoryModelHints.register(hints, List.of(Invoice.class));

        assertThat(RuntimeHintsPredicates.reflection().onType(String.class)).rejects(hints);
        assertThat(RuntimeHintsPredicates.reflection().onType(List.class)).rejects(hints);
    }

    @Test
    void fixtureIsAValidModel() {
        assertThat(ItemCodecs.forClass(Invoice.class).schema().name()).isEqualTo("Invoice");
    }
}
