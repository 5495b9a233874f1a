package com.theorycloud.tabletheory.query.internal;

import com.theorycloud.tabletheory.error.InvalidOperatorException;
import com.theorycloud.tabletheory.expression.internal.ConditionRenderer;
import com.theorycloud.tabletheory.expression.internal.Placeholders;
import com.theorycloud.tabletheory.internal.IndexRules;
import com.theorycloud.tabletheory.query.Cursor;
import com.theorycloud.tabletheory.query.CursorCodec;
import com.theorycloud.tabletheory.query.Scan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * The {@link Scan} of a table handle, started by {@code Table.scan()}: builds the scan request from the model's
 * schema and sends it through the table's engine calls ({@link ReadContext}). Created by the table only.
 *
 * @param <T> the item type
 */
public final class TableScan<T> extends TableRead<T, Scan<T>, TableScan.Prepared> implements Scan<T> {

    /** DynamoDB's upper bound for {@code TotalSegments}. */
    private static final int MAX_SEGMENTS = 1_000_000;

    private @Nullable Integer segment;
    private @Nullable Integer totalSegments;

    /** A scan of the table the context reads. */
    public TableScan(ReadContext<T> context) {
        super(context);
    }

    @Override
    Scan<T> self() {
        return this;
    }

    private TableScan<T> copy() {
        TableScan<T> copy = new TableScan<>(context);
        copyTo(copy);
        copy.segment = segment;
        copy.totalSegments = totalSegments;
        return copy;
    }

    @Override
    public Scan<T> segment(int segment, int totalSegments) {
        if (totalSegments < 1 || totalSegments > MAX_SEGMENTS || segment < 0 || segment >= totalSegments) {
            throw new InvalidOperatorException(schema.name(), "Model " + schema.name() + ": parallel scan segment "
                    + segment + " of " + totalSegments + " is not valid; totalSegments must be 1 to " + MAX_SEGMENTS
                    + " and segment 0 to totalSegments - 1");
        }
        this.segment = segment;
        this.totalSegments = totalSegments;
        return this;
    }

    @Override
    public List<Scan<T>> segments(int totalSegments) {
        List<Scan<T>> out = new ArrayList<>(totalSegments);
        for (int i = 0; i < Math.max(totalSegments, 1); i++) {
            out.add(copy().segment(i, totalSegments));
        }
        return out;
    }

    @Override
    public ScanRequest toRequest() {
        Prepared prepared = prepare();
        return request(prepared, prepared.startKey(), false, limit);
    }

    record Prepared(KeyTarget target, @Nullable Map<String, AttributeValue> startKey, boolean consistent)
            implements TableRead.Prepared {
    }

    @Override
    Prepared prepare() {
        KeyTarget target = IndexChoice.forScan(schema, index);
        boolean consistent = IndexRules.consistentRead(target.index(), consistentRead, context.consistentReads());
        IndexRules.checkConsistentRead(schema, target.index(), consistent);
        Map<String, AttributeValue> startKey = null;
        Cursor decoded = CursorCodec.decode(cursor);
        if (!decoded.isEnd()) {
            CursorRules.check(schema.name(), decoded.lastKey(), decoded.index(),
                    decoded.sort() == null ? null : decoded.sort().name(), target, null, null);
            startKey = decoded.lastKey();
        }
        return new Prepared(target, startKey, consistent);
    }

    @Override
    PageWalk.Fetched<T> fetch(Prepared prepared, @Nullable Map<String, AttributeValue> start, boolean count,
            @Nullable Integer pageSize) {
        ScanResponse response = context.calls().scan(request(prepared, start, count, pageSize));
        List<T> items = count ? List.of() : ReadParts.decode(context.codec(), response.items());
        Map<String, AttributeValue> lastKey = response.hasLastEvaluatedKey() ? response.lastEvaluatedKey() : Map.of();
        return new PageWalk.Fetched<>(items, lastKey, response.count() == null ? items.size() : response.count());
    }

    private ScanRequest request(Prepared prepared, @Nullable Map<String, AttributeValue> start, boolean count,
            @Nullable Integer pageSize) {
        Placeholders placeholders = new Placeholders();
        ScanRequest.Builder builder = ScanRequest.builder().tableName(context.tableName())
                .indexName(prepared.target().indexName())
                .returnConsumedCapacity(context.reportCapacity() ? ReturnConsumedCapacity.TOTAL
                        : ReturnConsumedCapacity.NONE);
        if (filter != null) {
            builder.filterExpression(new ConditionRenderer(placeholders, context.encoder()).render(filter));
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
        if (segment != null) {
            builder.segment(segment).totalSegments(totalSegments);
        }
        if (start != null) {
            builder.exclusiveStartKey(start);
        }
        if (placeholders.hasNames()) {
            builder.expressionAttributeNames(placeholders.names());
        }
        if (placeholders.hasValues()) {
            builder.expressionAttributeValues(placeholders.values());
        }
        return builder.build();
    }

    @Override
    String cursorOf(KeyTarget target, Map<String, AttributeValue> lastKey) {
        return lastKey.isEmpty() ? "" : CursorCodec.encode(new Cursor(lastKey, target.indexName(), null));
    }
}
