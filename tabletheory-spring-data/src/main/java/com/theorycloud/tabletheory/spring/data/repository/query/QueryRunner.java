package com.theorycloud.tabletheory.spring.data.repository.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.theorycloud.tabletheory.spring.data.core.TableTheoryOperations;
import com.theorycloud.tabletheory.spring.data.core.mapping.TableTheoryEntity;
import com.theorycloud.tabletheory.spring.data.core.query.ResultPage;
import com.theorycloud.tabletheory.spring.data.core.query.TableTheoryQuery;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.repository.query.ParametersParameterAccessor;
import org.springframework.data.repository.query.ResultProcessor;

/**
 * Runs a planned query for one call and shapes the result as the method declares it: entity, collection, lazy
 * {@code Stream}, {@code Slice}, {@code Page}, {@code Window}, count, exists or delete; projections are applied by
 * Spring Data's {@link ResultProcessor}.
 */
final class QueryRunner {

    /** The key of the TableTheory cursor inside a {@link KeysetScrollPosition}. */
    static final String CURSOR_KEY = "cursor";

    private final TableTheoryQueryMethod method;
    private final QueryPlan plan;
    private final QueryKind kind;
    private final TableTheoryOperations operations;
    private final Class<?> type;

    QueryRunner(TableTheoryQueryMethod method, QueryPlan plan, QueryKind kind, TableTheoryOperations operations) {
        this.method = method;
        this.plan = plan;
        this.kind = kind;
        this.operations = operations;
        this.type = method.getEntity().type();
        checkReturnType();
    }

    private void checkReturnType() {
        if (method.isPageQuery() && plan.isScan()) {
            throw new QueryMethodValidationException(method.describe() + ": a Page needs the total count, which for a"
                    + " scan means reading the whole table on every call; return Slice or Window instead");
        }
        if ((method.isPageQuery() || method.isSliceQuery()) && !method.getParameters().hasPageableParameter()) {
            throw new QueryMethodValidationException(method.describe() + ": a Slice or Page return type needs a"
                    + " Pageable parameter");
        }
        if (method.isScrollQuery() && !method.getParameters().hasScrollPositionParameter()) {
            throw new QueryMethodValidationException(method.describe() + ": a Window return type needs a"
                    + " ScrollPosition parameter");
        }
    }

    @Nullable Object run(Object[] parameters) {
        ParametersParameterAccessor accessor = new ParametersParameterAccessor(method.getParameters(), parameters);
        Object[] arguments = bindable(accessor);
        TableTheoryQuery query = plan.toQuery(arguments);
        query = applySort(query, accessor.getSort());
        Limit limit = accessor.getLimit();
        if (limit.isLimited()) {
            query = query.withLimit(plan.maxResults() == 0 ? limit.max() : Math.min(plan.maxResults(), limit.max()));
        }
        ResultProcessor processor = method.getResultProcessor().withDynamicProjection(accessor);
        return switch (kind) {
            case COUNT -> count(query);
            case EXISTS -> !page(query.withLimit(1)).items().isEmpty();
            case DELETE -> delete(query);
            case FIND -> processor.processResult(find(query, accessor),
                    DtoProjections.converter(method.getEntity(), processor.getReturnedType()));
        };
    }

    private Object count(TableTheoryQuery query) {
        long count = operations.count(query.withLimit(0), type);
        Class<?> returnType = method.getReturnType();
        return returnType == int.class || returnType == Integer.class ? Math.toIntExact(count) : count;
    }

    private @Nullable Object delete(TableTheoryQuery query) {
        List<Object> deleted = new ArrayList<>();
        try (Stream<?> items = operations.stream(query.withProjection(List.of()), type)) {
            items.forEach(item -> {
                operations.delete(item);
                deleted.add(item);
            });
        }
        Class<?> returnType = method.getReturnType();
        if (returnType == void.class || returnType == Void.class) {
            return null;
        }
        if (returnType == int.class || returnType == Integer.class) {
            return deleted.size();
        }
        if (returnType == long.class || returnType == Long.class) {
            return (long) deleted.size();
        }
        return deleted;
    }

    private @Nullable Object find(TableTheoryQuery query, ParametersParameterAccessor accessor) {
        if (method.isStreamQuery()) {
            return operations.stream(query, type);
        }
        if (method.isScrollQuery()) {
            return window(query, accessor.getScrollPosition());
        }
        if (method.isPageQuery() || method.isSliceQuery()) {
            return pageOrSlice(query, accessor.getPageable());
        }
        if (method.isCollectionQuery() || Iterable.class.isAssignableFrom(method.getReturnType())) {
            return page(query).items();
        }
        boolean limited = query.limit() == 1;
        List<?> items = page(query.withLimit(limited ? 1 : 2)).items();
        if (items.size() > 1) {
            throw new IncorrectResultSizeDataAccessException(method.describe() + " expected at most one item but"
                    + " found more; return a List or name the method findFirstBy...", 1);
        }
        return items.isEmpty() ? null : items.get(0);
    }

    private Object pageOrSlice(TableTheoryQuery query, Pageable pageable) {
        if (pageable.isUnpaged()) {
            List<?> all = page(query).items();
            return method.isPageQuery() ? new PageImpl<>(all, pageable, all.size()) : new SliceImpl<>(all);
        }
        query = applySort(query, pageable.getSort());
        long offset = pageable.getOffset();
        int size = pageable.getPageSize();
        // Cursors cannot jump ahead, so page n reads the n pages before it (use Window for deep paging).
        List<?> read = page(query.withLimit(Math.toIntExact(offset + size + 1))).items();
        List<?> content = read.subList((int) Math.min(offset, read.size()), (int) Math.min(offset + size, read.size()));
        if (method.isPageQuery()) {
            return new PageImpl<>(new ArrayList<>(content), pageable, operations.count(query.withLimit(0), type));
        }
        return new SliceImpl<>(new ArrayList<>(content), pageable, read.size() > offset + size);
    }

    private Window<?> window(TableTheoryQuery query, @Nullable ScrollPosition position) {
        String cursor = null;
        if (position instanceof KeysetScrollPosition keyset) {
            if (keyset.scrollsBackward()) {
                throw new InvalidDataAccessApiUsageException(method.describe() + ": DynamoDB cursors only scroll"
                        + " forward; pass the position of the window you came from instead of scrolling backward");
            }
            Object value = keyset.getKeys().get(CURSOR_KEY);
            if (!keyset.isInitial() && !(value instanceof String)) {
                throw new InvalidDataAccessApiUsageException(method.describe() + ": the keyset position must carry"
                        + " the TableTheory cursor under the key '" + CURSOR_KEY + "' as returned by a previous"
                        + " Window; got keys " + keyset.getKeys().keySet());
            }
            cursor = (String) value;
        } else if (position instanceof OffsetScrollPosition offset && !offset.isInitial()) {
            throw new InvalidDataAccessApiUsageException(method.describe() + ": offset scrolling is not supported;"
                    + " start with ScrollPosition.keyset() and continue with the positions of the returned Window");
        }
        ResultPage<?> page = page(query.withCursor(cursor));
        List<String> cursors = page.itemCursors();
        return Window.from(new ArrayList<>(page.items()),
                i -> ScrollPosition.forward(Map.of(CURSOR_KEY, cursors.get(i))), page.hasNext());
    }

    private TableTheoryQuery applySort(TableTheoryQuery query, Sort sort) {
        if (sort.isUnsorted()) {
            return query;
        }
        TableTheoryEntity<?> entity = method.getEntity();
        String sortKey = plan.path().sortKey();
        List<Sort.Order> orders = sort.toList();
        if (plan.isScan() || sortKey == null || orders.size() != 1
                || !orders.get(0).getProperty().equals(entity.propertyOf(sortKey))) {
            throw new InvalidDataAccessApiUsageException(method.describe() + " reads " + plan.path().describe()
                    + (plan.isScan() ? " with a scan, which has no order" : sortKey == null ? ", which has no sort key"
                            : ", which can only be sorted by its sort key '" + entity.propertyOf(sortKey) + "'")
                    + "; got " + sort);
        }
        return query.withAscending(orders.get(0).isAscending());
    }

    private ResultPage<?> page(TableTheoryQuery query) {
        return operations.page(query, type);
    }

    private static Object[] bindable(ParametersParameterAccessor accessor) {
        int count = accessor.getParameters().getBindableParameters().getNumberOfParameters();
        Object[] values = new Object[count];
        for (int i = 0; i < count; i++) {
            values[i] = accessor.getBindableValue(i);
        }
        return values;
    }
}
