package com.theorycloud.tabletheory.query.internal;

import com.theorycloud.tabletheory.error.InvalidOperatorException;
import com.theorycloud.tabletheory.error.InvalidValueException;
import com.theorycloud.tabletheory.expression.AttributePath;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.expression.internal.ConditionRenderer;
import com.theorycloud.tabletheory.expression.internal.Placeholders;
import com.theorycloud.tabletheory.expression.internal.ValueEncoder;
import com.theorycloud.tabletheory.internal.EmptyValues;
import com.theorycloud.tabletheory.internal.IndexRules;
import com.theorycloud.tabletheory.model.DynamoType;
import com.theorycloud.tabletheory.query.Cursor;
import com.theorycloud.tabletheory.query.CursorCodec;
import com.theorycloud.tabletheory.query.Query;
import com.theorycloud.tabletheory.query.SortDirection;
import com.theorycloud.tabletheory.query.SortKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * The {@link Query} of a table handle, started by {@code Table.query()}: builds the query request from the model's
 * schema and sends it through the table's engine calls ({@link ReadContext}). Created by the table only.
 *
 * @param <T> the item type
 */
public final class TableQuery<T> extends TableRead<T, Query<T>, TableQuery.Prepared> implements Query<T> {

    private @Nullable String partitionAttribute;
    private @Nullable Object partitionValue;
    private @Nullable SortKey sortKey;
    private SortDirection direction = SortDirection.ASC;

    /** A query of the table the context reads. */
    public TableQuery(ReadContext<T> context) {
        super(context);
    }

    @Override
    Query<T> self() {
        return this;
    }

    @Override
    public Query<T> partition(String attribute, Object value) {
        this.partitionAttribute = attribute;
        this.partitionValue = value;
        return this;
    }

    @Override
    public Query<T> sort(SortKey condition) {
        this.sortKey = condition;
        return this;
    }

    @Override
    public Query<T> ascending() {
        this.direction = SortDirection.ASC;
        return this;
    }

    @Override
    public Query<T> descending() {
        this.direction = SortDirection.DESC;
        return this;
    }

    @Override
    public Query<T> direction(SortDirection sortDirection) {
        this.direction = sortDirection;
        return this;
    }

    @Override
    public QueryRequest toRequest() {
        Prepared prepared = prepare();
        return request(prepared, prepared.startKey(), false, limit);
    }

    record Prepared(KeyTarget target, AttributeValue partition, @Nullable Map<String, AttributeValue> startKey,
            boolean consistent) implements TableRead.Prepared {
    }

    @Override
    Prepared prepare() {
        if (partitionAttribute == null || partitionValue == null) {
            throw new InvalidOperatorException(schema.name(), "Model " + schema.name()
                    + ": a query needs a partition; call partition(attribute, value), or use scan() to read every"
                    + " partition");
        }
        KeyTarget target = IndexChoice.forQuery(schema, index, partitionAttribute,
                sortKey == null ? null : sortKey.attribute());
        boolean consistent = IndexRules.consistentRead(target.index(), consistentRead, context.consistentReads());
        IndexRules.checkConsistentRead(schema, target.index(), consistent);
        if (sortKey != null && sortKey.operator() == SortKey.Operator.BEGINS_WITH && target.sortKey() != null
                && target.sortKey().type() == DynamoType.N) {
            throw new InvalidOperatorException(schema.name(), "Model " + schema.name() + ": begins_with needs a"
                    + " string or binary sort key but '" + target.sortKey().name() + "' is a number; use between");
        }
        if (filter != null) {
            for (String attribute : ReadParts.attributes(filter)) {
                if (attribute.equals(target.partitionKey().name())
                        || (target.sortKey() != null && attribute.equals(target.sortKey().name()))) {
                    throw new InvalidOperatorException(schema.name(), "Model " + schema.name() + ": '" + attribute
                            + "' is a key of " + target.describe() + " and cannot be filtered; put the condition"
                            + " in partition(...) or sort(SortKey...)");
                }
            }
        }
        AttributeValue partition = partitionValue(target);
        Map<String, AttributeValue> startKey = null;
        Cursor decoded = CursorCodec.decode(cursor);
        if (!decoded.isEnd()) {
            CursorRules.check(schema.name(), decoded.lastKey(), decoded.index(),
                    decoded.sort() == null ? null : decoded.sort().name(), target, direction.name(), partition);
            startKey = decoded.lastKey();
        }
        return new Prepared(target, partition, startKey, consistent);
    }

    private AttributeValue partitionValue(KeyTarget target) {
        AttributeValue value = context.encoder().encode(AttributePath.of(target.partitionKey().name()),
                partitionValue, ValueEncoder.Use.VALUE);
        if (value.type() != AttributeValue.Type.valueOf(target.partitionKey().type().name())
                || EmptyValues.isEmptyKeyPart(value)) {
            throw new InvalidValueException(schema.name(), "Model " + schema.name() + ": the partition value for '"
                    + target.partitionKey().name() + "' of " + target.describe() + " must be a non-empty "
                    + target.partitionKey().type() + " but encodes as " + value.type()
                    + "; pass the key value as stored");
        }
        return value;
    }

    @Override
    PageWalk.Fetched<T> fetch(Prepared prepared, @Nullable Map<String, AttributeValue> start, boolean count,
            @Nullable Integer pageSize) {
        QueryResponse response = context.calls().query(request(prepared, start, count, pageSize));
        List<T> items = count ? List.of() : ReadParts.decode(context.codec(), response.items());
        Map<String, AttributeValue> lastKey = response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : Map.of();
        return new PageWalk.Fetched<>(items, lastKey, response.count() == null ? items.size() : response.count());
    }

    private QueryRequest request(Prepared prepared, @Nullable Map<String, AttributeValue> start, boolean count,
            @Nullable Integer pageSize) {
        Placeholders placeholders = new Placeholders();
        ConditionRenderer renderer = new ConditionRenderer(placeholders, context.encoder());
        String keyCondition = placeholders.name(prepared.target().partitionKey().name()) + " = "
                + placeholders.value(prepared.partition());
        if (sortKey != null) {
            keyCondition += " AND " + renderer.render(condition(sortKey));
        }
        QueryRequest.Builder builder = QueryRequest.builder().tableName(context.tableName())
                .indexName(prepared.target().indexName())
                .keyConditionExpression(keyCondition)
                .scanIndexForward(direction == SortDirection.ASC)
                .returnConsumedCapacity(context.reportCapacity() ? ReturnConsumedCapacity.TOTAL
                        : ReturnConsumedCapacity.NONE);
        if (filter != null) {
            builder.filterExpression(renderer.render(filter));
        }
        if (count) {
            builder.select(Select.COUNT);
        } else if (!projection.isEmpty()) {
            builder.projectionExpression(placeholders.projection(projection));
        }
        if (prepared.consistent()) {
            builder.consistentRead(true);
        }
        if (pageSize != null) {
            builder.limit(pageSize);
        }
        if (start != null) {
            builder.exclusiveStartKey(start);
        }
        builder.expressionAttributeNames(placeholders.names());
        if (placeholders.hasValues()) {
            builder.expressionAttributeValues(placeholders.values());
        }
        return builder.build();
    }

    /** The same test as a sort key condition, so it is rendered through the shared placeholder renderer. */
    private static Condition condition(SortKey key) {
        String attribute = key.attribute();
        List<Object> values = key.values();
        return switch (key.operator()) {
            case EQ -> Condition.eq(attribute, values.get(0));
            case LT -> Condition.lt(attribute, values.get(0));
            case LE -> Condition.le(attribute, values.get(0));
            case GT -> Condition.gt(attribute, values.get(0));
            case GE -> Condition.ge(attribute, values.get(0));
            case BETWEEN -> Condition.between(attribute, values.get(0), values.get(1));
            case BEGINS_WITH -> Condition.beginsWith(attribute, values.get(0));
        };
    }

    @Override
    String cursorOf(KeyTarget target, Map<String, AttributeValue> lastKey) {
        return lastKey.isEmpty() ? "" : CursorCodec.encode(new Cursor(lastKey, target.indexName(), direction));
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        parts.add("partition " + partitionAttribute);
        if (sortKey != null) {
            parts.add("sort " + sortKey.operator() + " on " + sortKey.attribute());
        }
        if (index != null) {
            parts.add("index " + index);
        }
        parts.add(direction.name());
        return "Query[" + schema.name() + ": " + String.join(", ", parts) + "]";
    }
}
