package com.theorycloud.tabletheory.spring.data.sample;

import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.spring.data.core.TableTheoryOperations;
import com.theorycloud.tabletheory.spring.data.core.query.TableTheoryQuery;

/** The custom fragment implementation, found by the {@code Impl} postfix. */
public class OrderRepositoryImpl implements OrderRepositoryCustom {

    private final TableTheoryOperations operations;

    /** Uses the template bean. */
    public OrderRepositoryImpl(TableTheoryOperations operations) {
        this.operations = operations;
    }

    @Override
    public long totalOf(String customerId) {
        try (var orders = operations.stream(TableTheoryQuery.query(Condition.eq("customerId", customerId)),
                Order.class)) {
            return orders.mapToLong(o -> o.total() == null ? 0 : o.total().longValue()).sum();
        }
    }
}
