package com.theorycloud.tabletheory.spring.data.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import org.springframework.data.mapping.PersistentPropertyAccessor;

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
        assertThat(order.getRequiredIdProperty().getType()).isEqualTo(Key.class);
        assertThat(order.getRequiredIdProperty().getName()).isEqualTo("customerId,orderId");
        assertThat(order.getRequiredVersionProperty().getName()).isEqualTo("version");
        assertThat(order.getIdentifierAccessor(Order.of("c1", "o1", "NEW", 1)).getIdentifier())
                .isEqualTo(Key.of("c1", "o1"));
        assertThat(order.getModel()).isSameAs(context.entity(Order.class));
    }

    @Test
    void theCompositeIdPropertyIsReadAndWrittenThroughBothKeyPropertiesOfARecord() {
        TableTheoryPersistentEntity<?> order = context.getRequiredPersistentEntity(Order.class);
        TableTheoryPersistentProperty id = order.getRequiredIdProperty();
        PersistentPropertyAccessor<Order> accessor = order.getPropertyAccessor(Order.of("c1", "o1", "NEW", 1));

        accessor.setProperty(id, Key.of("c2", "o2"));

        assertThat(accessor.getBean()).isEqualTo(Order.of("c2", "o2", "NEW", 1));
        assertThat(accessor.getProperty(id)).isEqualTo(Key.of("c2", "o2"));
        List<String> listed = new ArrayList<>();
        order.doWithProperties((TableTheoryPersistentProperty property) -> listed.add(property.getName()));
        assertThat(listed).as("the synthetic id is not one of the entity's properties").contains("customerId", "orderId")
                .doesNotContain(id.getName());
        assertThat(order.getPersistentProperty(id.getName())).isNull();
    }

    @Test
    void theCompositeIdPropertySetsBothKeyPropertiesOfAMutableBean() {
        TableTheoryPersistentEntity<?> entity = context.getRequiredPersistentEntity(Leg.class);
        Leg leg = new Leg();
        leg.note = "kept";
        PersistentPropertyAccessor<Leg> accessor = entity.getPropertyAccessor(leg);

        accessor.setProperty(entity.getRequiredIdProperty(), Key.of("route-9", 3));

        assertThat(accessor.getBean()).isSameAs(leg);
        assertThat(leg.route).isEqualTo("route-9");
        assertThat(leg.sequence).isEqualTo(3);
        assertThat(leg.note).isEqualTo("kept");
    }

    @Test
    void aValueThatIsNotAFullKeyOfTheRightTypesIsRefusedNamingTheModel() {
        TableTheoryPersistentEntity<?> entity = context.getRequiredPersistentEntity(Leg.class);
        PersistentPropertyAccessor<Leg> accessor = entity.getPropertyAccessor(new Leg());
        TableTheoryPersistentProperty id = entity.getRequiredIdProperty();

        assertThatThrownBy(() -> accessor.setProperty(id, Key.of("route-9")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Model Leg: the id of an item is its Key of route and sequence");
        assertThatThrownBy(() -> accessor.setProperty(id, "route-9,3"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not route-9,3");
        assertThatThrownBy(() -> accessor.setProperty(id, Key.of("route-9", "three")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Model Leg: key property 'sequence' is of type int, but the key holds a java.lang.String");
    }

    /** A mutable model with a numeric sort key. */
    @TableTheoryModel(table = "legs")
    static class Leg {
        @PartitionKey
        String route;
        @SortKey
        int sequence;
        String note;
    }

    @Test
    void timeAndNumberTypesAreSimpleValues() {
        assertThat(context.getPersistentEntity(java.time.Instant.class)).isNull();
        assertThat(context.getRequiredPersistentEntity(Order.class).getRequiredPersistentProperty("createdAt")
                .isEntity()).isFalse();
    }
}
