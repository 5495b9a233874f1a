package com.theorycloud.tabletheory.spring.data.repository.query;

import java.math.BigDecimal;
import java.util.List;

import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;
import com.theorycloud.tabletheory.spring.data.sample.Order;
import com.theorycloud.tabletheory.spring.data.sample.OrderId;

/** Holds a repository no index can serve, for the test that starts a context with it. */
public final class StartupValidationTestAccess {

    private StartupValidationTestAccess() {
    }

    /** A method that would need a scan. */
    public interface Unservable extends TableTheoryRepository<Order, OrderId> {
        List<Order> findByTotal(BigDecimal total);
    }
}
