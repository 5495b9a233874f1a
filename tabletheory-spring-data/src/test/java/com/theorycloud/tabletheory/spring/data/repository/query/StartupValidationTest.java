package com.theorycloud.tabletheory.spring.data.repository.query;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.spring.data.annotation.AllowScan;
import com.theorycloud.tabletheory.spring.data.annotation.Query;
import com.theorycloud.tabletheory.spring.data.core.TableTheoryTemplate;
import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;
import com.theorycloud.tabletheory.spring.data.repository.support.TableTheoryRepositoryFactory;
import com.theorycloud.tabletheory.spring.data.sample.Order;
import com.theorycloud.tabletheory.spring.data.sample.OrderId;
import com.theorycloud.tabletheory.spring.data.sample.catalog.Product;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Window;
import org.springframework.data.repository.query.QueryCreationException;

/** Every startup error: creating the repository fails with a message naming the method and the fix. */
class StartupValidationTest {

    // No table is touched: planning happens when the repository is created.
    private final TableTheoryRepositoryFactory factory = new TableTheoryRepositoryFactory(new TableTheoryTemplate(
            TableTheory.builder().client(LocalDynamoDb.shared().client()).build()));

    private AbstractThrowableAssert<?, ? extends Throwable> assertStartupError(Class<?> repository) {
        return assertThatThrownBy(() -> factory.getRepository(repository))
                .isInstanceOf(QueryCreationException.class)
                .hasCauseInstanceOf(QueryMethodValidationException.class);
    }

    interface NoKeyForAttribute extends TableTheoryRepository<Order, OrderId> {
        List<Order> findByTotal(BigDecimal total);
    }

    @Test
    void rejectsMethodNoKeyOrIndexCanServe() {
        assertStartupError(NoKeyForAttribute.class).hasMessageContaining("NoKeyForAttribute.findByTotal(BigDecimal)")
                .hasMessageContaining("no key or index of model Order can serve it")
                .hasMessageContaining("the table needs exactly one equality condition on its partition key"
                        + " 'customerId'")
                .hasMessageContaining("index 'by-status' needs exactly one equality condition on its partition key"
                        + " 'status'")
                .hasMessageContaining("@GlobalSecondaryIndex whose partition key is one of [total]")
                .hasMessageContaining("@AllowScan");
    }

    interface OrWithoutScan extends TableTheoryRepository<Order, OrderId> {
        List<Order> findByCustomerIdOrStatus(String customerId, String status);
    }

    @Test
    void rejectsOrUnlessScanAllowed() {
        assertStartupError(OrWithoutScan.class).hasMessageContaining("combines conditions with Or");
    }

    interface UnsupportedKeyword extends TableTheoryRepository<Order, OrderId> {
        List<Order> findByCustomerIdAndNoteEndingWith(String customerId, String suffix);
    }

    @Test
    void rejectsKeywordsDynamoDbCannotExpress() {
        assertStartupError(UnsupportedKeyword.class).hasMessageContaining("findByCustomerIdAndNoteEndingWith")
                .hasMessageContaining("ENDING_WITH").hasMessageContaining("keyword table");
    }

    interface IgnoringCase extends TableTheoryRepository<Order, OrderId> {
        List<Order> findByCustomerIdAndNoteIgnoreCase(String customerId, String note);
    }

    @Test
    void rejectsIgnoreCase() {
        assertStartupError(IgnoringCase.class).hasMessageContaining("IgnoreCase is not supported");
    }

    interface UnknownProperty extends TableTheoryRepository<Order, OrderId> {
        List<Order> findByNickname(String nickname);
    }

    @Test
    void rejectsUnknownProperties() {
        assertStartupError(UnknownProperty.class).hasMessageContaining("UnknownProperty.findByNickname(String)")
                .hasMessageContaining("nickname").hasMessageContaining("customerId");
    }

    interface Distinct extends TableTheoryRepository<Order, OrderId> {
        List<Order> findDistinctByCustomerId(String customerId);
    }

    @Test
    void rejectsDistinct() {
        assertStartupError(Distinct.class).hasMessageContaining("Distinct is not supported");
    }

    interface OrderByNonSortKey extends TableTheoryRepository<Order, OrderId> {
        List<Order> findByCustomerIdOrderByTotalAsc(String customerId);
    }

    @Test
    void rejectsOrderByAnAttributeThatIsNotTheSortKey() {
        assertStartupError(OrderByNonSortKey.class).hasMessageContaining("the table can only order by its sort key"
                + " 'orderId'");
    }

    interface ScanWithOrder extends TableTheoryRepository<Order, OrderId> {
        @AllowScan
        List<Order> findByTotalOrderByTotalAsc(BigDecimal total);
    }

    @Test
    void rejectsOrderOnAScan() {
        assertStartupError(ScanWithOrder.class).hasMessageContaining("a scan returns items in no particular order");
    }

    interface EntityFromKeysOnlyIndex extends TableTheoryRepository<Order, OrderId> {
        List<Order> findByRegion(String region);
    }

    @Test
    void rejectsEntitiesFromIndexesThatDoNotProjectThem() {
        assertStartupError(EntityFromKeysOnlyIndex.class).hasMessageContaining("index 'by-region' does not project")
                .hasMessageContaining("return a projection");
    }

    interface PageOfScan extends TableTheoryRepository<Order, OrderId> {
        @AllowScan
        Page<Order> findByTotalGreaterThan(BigDecimal total, Pageable pageable);
    }

    @Test
    void rejectsPageOverAScan() {
        assertStartupError(PageOfScan.class).hasMessageContaining("a Page needs the total count")
                .hasMessageContaining("return Slice or Window");
    }

    interface SliceWithoutPageable extends TableTheoryRepository<Order, OrderId> {
        Slice<Order> findByCustomerId(String customerId);
    }

    @Test
    void rejectsSliceWithoutPageable() {
        assertStartupError(SliceWithoutPageable.class).hasMessageContaining("needs a Pageable parameter");
    }

    interface WindowWithoutPosition extends TableTheoryRepository<Order, OrderId> {
        Window<Order> findByCustomerId(String customerId);
    }

    @Test
    void rejectsWindowWithoutScrollPosition() {
        // Spring Data's own method validation catches this one first.
        assertThatThrownBy(() -> factory.getRepository(WindowWithoutPosition.class))
                .isInstanceOf(QueryCreationException.class).hasMessageContaining("needs to have a ScrollPosition");
    }

    interface QueryOnUnknownIndex extends TableTheoryRepository<Order, OrderId> {
        @Query(index = "by-colour", keyCondition = "colour = :colour")
        List<Order> byColour(String colour);
    }

    @Test
    void rejectsQueryOnUnknownIndex() {
        assertStartupError(QueryOnUnknownIndex.class).hasMessageContaining("has no index 'by-colour'")
                .hasMessageContaining("by-status");
    }

    interface QueryKeyConditionOnNonKey extends TableTheoryRepository<Order, OrderId> {
        @Query(keyCondition = "customerId = :customerId AND total > :min")
        List<Order> expensive(String customerId, BigDecimal min);
    }

    @Test
    void rejectsKeyConditionOnNonKeyAttribute() {
        assertStartupError(QueryKeyConditionOnNonKey.class).hasMessageContaining("'total' cannot be part of it")
                .hasMessageContaining("move it to filter");
    }

    interface QueryKeyConditionWithoutPartition extends TableTheoryRepository<Order, OrderId> {
        @Query(keyCondition = "orderId = :orderId")
        List<Order> byOrderId(String orderId);
    }

    @Test
    void rejectsKeyConditionWithoutPartitionKey() {
        assertStartupError(QueryKeyConditionWithoutPartition.class)
                .hasMessageContaining("keyCondition needs 'customerId = :value'");
    }

    interface QueryUnknownParameter extends TableTheoryRepository<Order, OrderId> {
        @Query(keyCondition = "customerId = :customer")
        List<Order> byCustomer(String customerId);
    }

    @Test
    void rejectsUnknownParameters() {
        assertStartupError(QueryUnknownParameter.class).hasMessageContaining("':customer' matches no method parameter")
                .hasMessageContaining("[customerId]");
    }

    interface QueryFilterOnKey extends TableTheoryRepository<Order, OrderId> {
        @Query(keyCondition = "customerId = :customerId", filter = "orderId = :orderId")
        List<Order> filtered(String customerId, String orderId);
    }

    @Test
    void rejectsFilterOnKeyAttributes() {
        assertStartupError(QueryFilterOnKey.class).hasMessageContaining("filter names 'orderId', a key of the table");
    }

    interface QuerySyntaxError extends TableTheoryRepository<Order, OrderId> {
        @Query(keyCondition = "customerId = :customerId", filter = "total >> :min")
        List<Order> broken(String customerId, BigDecimal min);
    }

    @Test
    void rejectsUnparsableExpressions() {
        assertStartupError(QuerySyntaxError.class).hasMessageContaining("@Query filter cannot parse 'total >> :min'");
    }

    interface QueryLiteralOperand extends TableTheoryRepository<Order, OrderId> {
        @Query(keyCondition = "customerId = 'c1'")
        List<Order> literal();
    }

    @Test
    void rejectsLiteralOperands() {
        assertStartupError(QueryLiteralOperand.class).hasMessageContaining("operands must be method parameters");
    }

    interface QueryScanWithoutOptIn extends TableTheoryRepository<Order, OrderId> {
        @Query(filter = "total > :min")
        List<Order> expensive(BigDecimal min);
    }

    @Test
    void rejectsQueryScanWithoutAllowScan() {
        assertStartupError(QueryScanWithoutOptIn.class).hasMessageContaining("@Query without keyCondition scans")
                .hasMessageContaining("@AllowScan");
    }

    interface QueryUnknownProjection extends TableTheoryRepository<Order, OrderId> {
        @Query(keyCondition = "customerId = :customerId", projection = {"orderId", "price"})
        List<Order> priced(String customerId);
    }

    @Test
    void rejectsUnknownProjectionProperties() {
        assertStartupError(QueryUnknownProjection.class).hasMessageContaining("projection names 'price'");
    }

    interface StartingWithOnNumber extends TableTheoryRepository<Product, String> {
        List<Product> findByCategoryAndPriceStartingWith(String category, Long price);
    }

    interface BeginsWithOnNumber extends TableTheoryRepository<Product, String> {
        @Query(index = "by-category", keyCondition = "category = :category AND begins_with(price, :price)")
        List<Product> priced(String category, Long price);
    }

    @Test
    void rejectsPrefixConditionsOnNumberSortKeys() {
        assertStartupError(StartingWithOnNumber.class).hasMessageContaining("index 'by-category' cannot use"
                + " StartingWith on its number sort key 'price' (use Between)");
        assertStartupError(BeginsWithOnNumber.class).hasMessageContaining("begins_with needs a string or binary sort"
                + " key but 'price' is a number");
    }

    interface WrongIdType extends TableTheoryRepository<Order, String> {
    }

    @Test
    void rejectsIdTypesThatDoNotFitTheKey() {
        assertThatThrownBy(() -> factory.getRepository(WrongIdType.class)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Repository id type java.lang.String does not fit model Order")
                .hasMessageContaining("com.theorycloud.tabletheory.Key or a record with the components customerId and"
                        + " orderId");
    }

    @TableTheoryModel(table = "audited")
    record MisplacedAuditing(@PartitionKey String id, @CreatedDate String created) {
    }

    interface MisplacedAuditingRepository extends TableTheoryRepository<MisplacedAuditing, String> {
    }

    @Test
    void rejectsSpringAuditingAnnotationsOutsideLifecycleFields() {
        assertThatThrownBy(() -> factory.getRepository(MisplacedAuditingRepository.class))
                .hasMessageContaining("property 'created' has @CreatedDate").hasMessageContaining("add @CreatedAt");
    }
}
