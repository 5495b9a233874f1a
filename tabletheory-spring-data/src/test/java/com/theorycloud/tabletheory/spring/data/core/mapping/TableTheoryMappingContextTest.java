package com.theorycloud.tabletheory.spring.data.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.spring.data.sample.Customer;
import com.theorycloud.tabletheory.spring.data.sample.Order;

import org.junit.jupiter.api.Test;

class TableTheoryMappingContextTest {

    private final TableTheoryMappingContext context = new TableTheoryMappingContext();

    @Test
    void partitionKeyIsTheIdPropertyWithoutSortKey() {
        TableTheoryPersistentEntity<?> customer = context.getRequiredPersistentEntity(Customer.class);
        assertThat(customer.getRequiredIdProperty().getName()).isEqualTo("id");
        assertThat(customer.getIdentifierAccessor(new Customer("u1", null, null)).getIdentifier()).isEqualTo("u1");
    }

    @Test
    void compositeKeyIsTheIdentifierWithSortKey() {
        TableTheoryPersistentEntity<?> order = context.getRequiredPersistentEntity(Order.class);
        assertThat(order.getIdProperty()).isNull();
        assertThat(order.getRequiredVersionProperty().getName()).isEqualTo("version");
        assertThat(order.getIdentifierAccessor(Order.of("c1", "o1", "NEW", 1)).getIdentifier())
                .isEqualTo(Key.of("c1", "o1"));
        assertThat(order.getModel()).isSameAs(context.entity(Order.class));
    }

    @Test
    void timeAndNumberTypesAreSimpleValues() {
        assertThat(context.getPersistentEntity(java.time.Instant.class)).isNull();
        assertThat(context.getRequiredPersistentEntity(Order.class).getRequiredPersistentProperty("createdAt")
                .isEntity()).isFalse();
    }
}
