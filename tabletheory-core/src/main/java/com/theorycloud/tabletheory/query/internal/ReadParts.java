package com.theorycloud.tabletheory.query.internal;

import com.theorycloud.tabletheory.error.InvalidOperatorException;
import com.theorycloud.tabletheory.expression.AttributePath;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.mapping.ItemCodec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The pieces queries and scans share: filter combination, projection paths, limit checks and decoding. */
final class ReadParts {

    private ReadParts() {
    }

    static @Nullable Condition and(@Nullable Condition current, Condition next) {
        return current == null ? next : current.and(next);
    }

    static List<AttributePath> paths(String... attributes) {
        List<AttributePath> out = new ArrayList<>(attributes.length);
        for (String attribute : attributes) {
            out.add(AttributePath.of(attribute));
        }
        return out;
    }

    static int checkLimit(String modelName, int limit) {
        if (limit <= 0) {
            throw new InvalidOperatorException(modelName, "Model " + modelName + ": limit must be at least 1, got "
                    + limit + "; leave the limit out to let DynamoDB fill pages up to 1 MB");
        }
        return limit;
    }

    static <T> List<T> decode(ItemCodec<T> codec, List<Map<String, AttributeValue>> items) {
        List<T> out = new ArrayList<>(items.size());
        for (Map<String, AttributeValue> item : items) {
            out.add(codec.decode(item));
        }
        return out;
    }

    /** The top-level attributes a condition reads. */
    static Set<String> attributes(Condition condition) {
        Set<String> out = new LinkedHashSet<>();
        collect(condition, out);
        return out;
    }

    private static void collect(Condition condition, Set<String> out) {
        if (condition instanceof Condition.And and) {
            and.conditions().forEach(c -> collect(c, out));
        } else if (condition instanceof Condition.Or or) {
            or.conditions().forEach(c -> collect(c, out));
        } else if (condition instanceof Condition.Not not) {
            collect(not.condition(), out);
        } else {
            out.add(pathOf(condition).attributeName());
        }
    }

    private static AttributePath pathOf(Condition condition) {
        if (condition instanceof Condition.Comparison c) {
            return c.path();
        }
        if (condition instanceof Condition.Between c) {
            return c.path();
        }
        if (condition instanceof Condition.In c) {
            return c.path();
        }
        if (condition instanceof Condition.BeginsWith c) {
            return c.path();
        }
        if (condition instanceof Condition.Contains c) {
            return c.path();
        }
        if (condition instanceof Condition.AttributeExists c) {
            return c.path();
        }
        if (condition instanceof Condition.AttributeNotExists c) {
            return c.path();
        }
        if (condition instanceof Condition.AttributeType c) {
            return c.path();
        }
        return ((Condition.SizeComparison) condition).path();
    }
}
