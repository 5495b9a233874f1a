package com.theorycloud.tabletheory.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.error.EncryptedFieldNotQueryableException;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.internal.ModelValueEncoder;
import com.theorycloud.tabletheory.mapping.Document;
import com.theorycloud.tabletheory.mapping.DocumentItemCodec;
import com.theorycloud.tabletheory.model.dms.DmsLoader;
import com.theorycloud.tabletheory.query.internal.ReadCalls;
import com.theorycloud.tabletheory.query.internal.ReadContext;
import com.theorycloud.tabletheory.query.internal.TableQuery;
import com.theorycloud.tabletheory.query.internal.TableScan;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/** The requests queries and scans send, built without DynamoDB. */
class QueryRequestTest {

    private static final DocumentItemCodec CODEC = DocumentItemCodec.of(
            DmsLoader.loadResource("query/events.yml").model("Event"));
    private static final ReadCalls NO_CALLS = new ReadCalls() {
        @Override
        public QueryResponse query(QueryRequest request) {
            throw new AssertionError("no call expected");
        }

        @Override
        public ScanResponse scan(ScanRequest request) {
            throw new AssertionError("no call expected");
        }
    };

    private static Query<Document> query() {
        return new TableQuery<>(new ReadContext<>(CODEC, "events", new ModelValueEncoder(CODEC), NO_CALLS, false, false));
    }

    private static Scan<Document> scan() {
        return new TableScan<>(new ReadContext<>(CODEC, "events", new ModelValueEncoder(CODEC), NO_CALLS, false, false));
    }

    @Test
    void rendersEveryNameAndValueAsAPlaceholder() {
        QueryRequest request = query().partition("PK", "USER#1").sort(SortKey.between("SK", "A", "B"))
                .filter(Condition.eq("name", "x").or(Condition.not(Condition.attributeExists("odd.name-ü"))))
                .project("PK", "count").descending().limit(5).toRequest();
        assertThat(request.tableName()).isEqualTo("events");
        assertThat(request.indexName()).isNull();
        assertThat(request.keyConditionExpression()).isEqualTo("#n0 = :v0 AND #n1 BETWEEN :v1 AND :v2");
        assertThat(request.filterExpression()).isEqualTo("(#n2 = :v3) OR (NOT (attribute_exists(#n3)))");
        assertThat(request.projectionExpression()).isEqualTo("#n0, #n4");
        assertThat(request.expressionAttributeNames()).isEqualTo(Map.of("#n0", "PK", "#n1", "SK", "#n2", "name",
                "#n3", "odd.name-ü", "#n4", "count"));
        assertThat(request.expressionAttributeValues()).containsEntry(":v0", AttributeValue.fromS("USER#1"));
        assertThat(request.scanIndexForward()).isFalse();
        assertThat(request.limit()).isEqualTo(5);
        assertThat(request.consistentRead()).isNull();
        assertThat(request.select()).isNull();
    }

    @Test
    void rendersEverySortKeyOperator() {
        assertThat(keyCondition(SortKey.eq("SK", "a"))).isEqualTo("#n0 = :v0 AND #n1 = :v1");
        assertThat(keyCondition(SortKey.lt("SK", "a"))).isEqualTo("#n0 = :v0 AND #n1 < :v1");
        assertThat(keyCondition(SortKey.le("SK", "a"))).isEqualTo("#n0 = :v0 AND #n1 <= :v1");
        assertThat(keyCondition(SortKey.gt("SK", "a"))).isEqualTo("#n0 = :v0 AND #n1 > :v1");
        assertThat(keyCondition(SortKey.ge("SK", "a"))).isEqualTo("#n0 = :v0 AND #n1 >= :v1");
        assertThat(keyCondition(SortKey.beginsWith("SK", "a"))).isEqualTo("#n0 = :v0 AND begins_with(#n1, :v1)");
        assertThatThrownBy(() -> new SortKey("SK", SortKey.Operator.BETWEEN, java.util.List.of("a")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String keyCondition(SortKey sortKey) {
        return query().partition("PK", "P").sort(sortKey).toRequest().keyConditionExpression();
    }

    @Test
    void rendersScansAndCounts() {
        ScanRequest request = scan().index("gsi-region-keys").filter(Condition.size("tags").gt(2))
                .project("PK").segment(2, 8).toRequest();
        assertThat(request.indexName()).isEqualTo("gsi-region-keys");
        assertThat(request.filterExpression()).isEqualTo("size(#n0) > :v0");
        assertThat(request.projectionExpression()).isEqualTo("#n1");
        assertThat(request.segment()).isEqualTo(2);
        assertThat(request.totalSegments()).isEqualTo(8);
        assertThat(scan().toRequest().expressionAttributeNames()).isEmpty();
        assertThat(scan().toRequest().select()).isNotEqualTo(Select.COUNT);
    }

    @Test
    void refusesEncryptedAttributesInFilters() {
        DocumentItemCodec encrypted = DocumentItemCodec.of(DmsLoader.loadResource("query/events.yml")
                .model("Event"));
        assertThat(encrypted.schema().attributes()).noneMatch(a -> a.encrypted());
        assertThatThrownBy(() -> new TableQuery<>(new ReadContext<>(encryptedCodec(), "t",
                new ModelValueEncoder(encryptedCodec()), NO_CALLS, false, false)).partition("PK", "P")
                .filter(Condition.eq("secret", "x")).toRequest())
                .isInstanceOf(EncryptedFieldNotQueryableException.class);
    }

    private static DocumentItemCodec encryptedCodec() {
        return DocumentItemCodec.of(DmsLoader.parse("""
                dms_version: "0.2"
                models:
                  - name: "Secretive"
                    table: { name: "secretive" }
                    keys:
                      partition: { attribute: "PK", type: "S" }
                    attributes:
                      - { attribute: "PK", type: "S", required: true, roles: ["pk"] }
                      - { attribute: "secret", type: "S", optional: true, encryption: { v: 1 } }
                """, "inline").model("Secretive"));
    }
}
