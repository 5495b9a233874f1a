package com.theorycloud.tabletheory.query.internal;

import com.theorycloud.tabletheory.expression.AttributePath;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.model.ModelSchema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link TableQuery} and a {@link TableScan} are built from alike: the index, filter, projection, limit,
 * consistent-read choice and cursor, each set by the same fluent call of {@code Query} and {@code Scan}.
 *
 * @param <T>    the item type
 * @param <SELF> the public builder type the fluent calls return
 */
abstract class TableRead<T, SELF> {

    final ReadContext<T> context;
    final ModelSchema schema;
    @Nullable String index;
    @Nullable Condition filter;
    List<AttributePath> projection = List.of();
    @Nullable Integer limit;
    @Nullable Boolean consistentRead;
    @Nullable String cursor;

    TableRead(ReadContext<T> context) {
        this.context = context;
        this.schema = context.codec().schema();
    }

    /** This builder as its public type. */
    abstract SELF self();

    /** Copies the shared settings onto another builder of the same table (parallel scan segments). */
    void copyTo(TableRead<T, ?> other) {
        other.index = index;
        other.filter = filter;
        other.projection = projection;
        other.limit = limit;
        other.consistentRead = consistentRead;
        other.cursor = cursor;
    }

    /** Reads the named index instead of the table. */
    public SELF index(String indexName) {
        this.index = indexName;
        return self();
    }

    /** Adds a filter, combined with AND with earlier ones. */
    public SELF filter(Condition condition) {
        this.filter = ReadParts.and(filter, condition);
        return self();
    }

    /** Reads only the named attributes. */
    public SELF project(String... attributes) {
        this.projection = ReadParts.paths(attributes);
        return self();
    }

    /** Reads only the given attribute paths. */
    public SELF project(List<AttributePath> paths) {
        this.projection = List.copyOf(paths);
        return self();
    }

    /** Returns at most this many items. */
    public SELF limit(int maxItems) {
        this.limit = ReadParts.checkLimit(schema.name(), maxItems);
        return self();
    }

    /** Reads with strong consistency. */
    public SELF consistentRead() {
        return consistentRead(true);
    }

    /** Reads with or without strong consistency, overriding the engine's default. */
    public SELF consistentRead(boolean consistent) {
        this.consistentRead = consistent;
        return self();
    }

    /** Continues after the position of a cursor from an earlier page, or starts over with {@code null}. */
    public SELF cursor(@Nullable String encodedCursor) {
        this.cursor = encodedCursor;
        return self();
    }
}
