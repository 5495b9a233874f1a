package com.theorycloud.tabletheory.spring.boot.test.autoconfigure.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.spring.boot.test.autoconfigure.TableTheoryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

// The @TableTheoryTest example of docs/testing-local-dynamodb.md, as it is run.
// region slice-test
@TableTheoryTest
class OrderStorageTests {

    @Autowired
    TableTheory tableTheory;

    @Test
    void storesOrders() {
        Table<Order> orders = tableTheory.table(Order.class);
        orders.create(new Order("ORDER#1", "V1", "new", 0));
        assertThat(orders.get(Key.of("ORDER#1", "V1")).status()).isEqualTo("new");
    }
}
// endregion
