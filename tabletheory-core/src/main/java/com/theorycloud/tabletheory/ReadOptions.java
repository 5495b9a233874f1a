package com.theorycloud.tabletheory;

import com.theorycloud.tabletheory.expression.AttributePath;
import java.util.ArrayList;
import java.util.List;

/**
 * How a single-item read is made: strongly consistent or not, and which attributes to return. The default is an
 * eventually consistent read of the whole item, DynamoDB's default and the cheaper one.
 *
 * @param consistentRead whether to read the latest committed write (costs twice the read capacity)
 * @param projection     the attributes to return; empty for the whole item. A projected item is decoded as far as its
 *                       attributes go.
 */
public record ReadOptions(boolean consistentRead, List<AttributePath> projection) {

    private static final ReadOptions DEFAULTS = new ReadOptions(false, List.of());

    /** Copies the projection. */
    public ReadOptions {
        projection = List.copyOf(projection);
    }

    /** An eventually consistent read of the whole item. */
    public static ReadOptions defaults() {
        return DEFAULTS;
    }

    /** A strongly consistent read of the whole item. */
    public static ReadOptions consistent() {
        return new ReadOptions(true, List.of());
    }

    /** These options with the given consistency. */
    public ReadOptions withConsistentRead(boolean consistent) {
        return new ReadOptions(consistent, projection);
    }

    /** These options returning only the named top-level attributes. */
    public ReadOptions withProjection(String... attributes) {
        List<AttributePath> paths = new ArrayList<>(attributes.length);
        for (String attribute : attributes) {
            paths.add(AttributePath.of(attribute));
        }
        return new ReadOptions(consistentRead, paths);
    }

    /** These options returning only the given paths. */
    public ReadOptions withProjection(List<AttributePath> paths) {
        return new ReadOptions(consistentRead, paths);
    }
}
