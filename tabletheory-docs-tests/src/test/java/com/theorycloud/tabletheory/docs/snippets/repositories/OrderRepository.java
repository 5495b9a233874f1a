package com.theorycloud.tabletheory.docs.snippets.repositories;

import com.theorycloud.tabletheory.spring.data.annotation.AllowScan;
import com.theorycloud.tabletheory.spring.data.annotation.Query;
import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Window;

/** The repository of docs/repositories.md, every method run by {@code RepositoriesPageSnippetsTest}. */
// region repository
public interface OrderRepository extends TableTheoryRepository<Order, OrderId> {

    List<Order> findByCustomerId(String customerId);                       // Query on the table
    List<Order> findByCustomerIdAndCreatedAtBetween(String c, Instant from, Instant to); // + filter
    List<Order> findByStatusOrderByCreatedAtDesc(String status);           // Query on index by-status
    List<Order> findTop10ByStatusOrderByCreatedAtDesc(String status);
    Optional<Order> findFirstByCustomerIdOrderByOrderIdDesc(String customerId);
    long countByCustomerId(String customerId);
    boolean existsByCustomerIdAndOrderId(String customerId, String orderId);
    long deleteByCustomerIdAndStatus(String customerId, String status);

    Stream<Order> streamByCustomerId(String customerId);                   // lazy, one page in memory
    Slice<Order> findByCustomerId(String customerId, Pageable pageable);
    Window<Order> findByCustomerId(String customerId, ScrollPosition position, Limit limit);
    List<OrderSummary> findSummariesByCustomerId(String customerId);       // ProjectionExpression

    @Query(index = "by-status", keyCondition = "status = :status AND createdAt > :since",
           filter = "total >= :min OR attribute_not_exists(note)", projection = {"orderId", "total"})
    List<Order> recentByStatus(String status, Instant since, BigDecimal min);

    @AllowScan("nightly report over a small table")
    List<Order> findByTotalGreaterThan(BigDecimal total);
}
// endregion
