package com.theorycloud.tabletheory.spring.data.sample;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.theorycloud.tabletheory.spring.data.annotation.AllowScan;
import com.theorycloud.tabletheory.spring.data.annotation.Query;
import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;

/** Orders: every supported keyword and return type. */
public interface OrderRepository extends TableTheoryRepository<Order, OrderId>, OrderRepositoryCustom {

    List<Order> findByCustomerId(String customerId);

    List<Order> findByCustomerIdAndCreatedAtBetween(String customerId, Instant from, Instant to);

    List<Order> findByCustomerIdAndCreatedAtAfter(String customerId, Instant after);

    List<Order> findByCustomerIdAndCreatedAtBefore(String customerId, Instant before);

    List<Order> findByStatusOrderByCreatedAtDesc(String status);

    List<Order> findByStatusAndCreatedAtGreaterThanEqual(String status, Instant since);

    List<Order> findTop2ByStatusOrderByCreatedAtDesc(String status);

    Optional<Order> findFirstByCustomerIdOrderByOrderIdDesc(String customerId);

    @Nullable Order findByCustomerIdAndOrderId(String customerId, String orderId);

    Optional<Order> findOneByCustomerIdAndStatus(String customerId, String status);

    long countByCustomerId(String customerId);

    int countByStatus(String status);

    boolean existsByCustomerIdAndOrderId(String customerId, String orderId);

    long deleteByCustomerIdAndStatus(String customerId, String status);

    List<Order> removeByCustomerIdAndNote(String customerId, String note);

    List<Order> findByCustomerIdAndOrderIdStartingWith(String customerId, String prefix);

    List<Order> findByCustomerIdAndOrderIdLessThan(String customerId, String orderId);

    List<Order> findByCustomerIdAndOrderIdLessThanEqual(String customerId, String orderId);

    List<Order> findByCustomerIdAndOrderIdGreaterThan(String customerId, String orderId);

    List<Order> findByCustomerIdAndOrderIdGreaterThanEqual(String customerId, String orderId);

    List<Order> findByCustomerIdAndOrderIdBetween(String customerId, String from, String to);

    List<Order> findByCustomerIdAndNoteIsNull(String customerId);

    List<Order> findByCustomerIdAndNoteIsNotNull(String customerId);

    List<Order> findByCustomerIdAndNoteExists(String customerId);

    List<Order> findByCustomerIdAndStatusIn(String customerId, Collection<String> statuses);

    List<Order> findByCustomerIdAndStatusNotIn(String customerId, Collection<String> statuses);

    List<Order> findByCustomerIdAndTagsContaining(String customerId, String tag);

    List<Order> findByCustomerIdAndTagsNotContaining(String customerId, String tag);

    List<Order> findByCustomerIdAndNoteContaining(String customerId, String text);

    List<Order> findByCustomerIdAndStatusNot(String customerId, String status);

    List<Order> findByCustomerIdAndStatus(String customerId, String status);

    List<Order> findByCustomerIdAndTotalGreaterThan(String customerId, BigDecimal total);

    List<Order> findByCustomerIdAndTotalLessThanEqual(String customerId, BigDecimal total);

    List<Order> findByCustomerIdAndGiftTrue(String customerId);

    List<Order> findByCustomerIdAndGiftFalse(String customerId);

    Set<Order> readSetByCustomerId(String customerId);

    Stream<Order> streamByCustomerId(String customerId);

    Slice<Order> findByCustomerId(String customerId, Pageable pageable);

    Page<Order> findPageByCustomerId(String customerId, Pageable pageable);

    Window<Order> findByCustomerId(String customerId, ScrollPosition position, Limit limit);

    Window<Order> findTop2ByStatusOrderByCreatedAtAsc(String status, ScrollPosition position);

    List<Order> findByCustomerId(String customerId, Sort sort);

    List<Order> findByCustomerId(String customerId, Limit limit);

    List<OrderSummary> findSummariesByCustomerId(String customerId);

    Stream<OrderSummary> streamSummariesByCustomerId(String customerId);

    Window<OrderTotal> findTotalsByCustomerId(String customerId, ScrollPosition position, Limit limit);

    List<OrderTotal> findTotalsByCustomerId(String customerId);

    <P> List<P> findByCustomerIdAndStatus(String customerId, String status, Class<P> type);

    List<OrderKeys> findByRegion(String region);

    @AllowScan("test data is tiny")
    List<Order> findByTotalGreaterThan(BigDecimal total);

    @AllowScan
    List<Order> findByNoteOrStatus(String note, String status);

    @AllowScan
    Slice<Order> findByGiftTrue(Pageable pageable);

    @Query(index = "by-status", keyCondition = "status = :status AND createdAt > :since", filter = "total >= :min")
    List<Order> recentByStatus(String status, Instant since, BigDecimal min);

    @Query(keyCondition = "customerId = :customerId AND begins_with(orderId, :prefix)",
            filter = "size(tags) > :tagCount OR attribute_not_exists(note)", projection = {"orderId", "total"},
            descending = true)
    List<Order> taggedOrUnnoted(String customerId, String prefix, int tagCount);

    @Query(keyCondition = "customerId = :customerId", filter = "status IN (:a, :b) AND NOT contains(note, :text)")
    Stream<Order> inEitherStatus(String customerId, String a, String b, String text);

    @Query(keyCondition = "customerId = :customerId")
    long countOrders(String customerId);

    @Query(keyCondition = "customerId = :customerId AND orderId BETWEEN :from AND :to")
    boolean anyBetween(String customerId, String from, String to);

    @AllowScan
    @Query(filter = "gift = :gift")
    List<Order> scanGifts(Boolean gift);
}
