package com.theorycloud.tabletheory.spring.data.repository.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.theorycloud.tabletheory.expression.AttributePath;
import com.theorycloud.tabletheory.expression.Comparator;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.model.AttributeSchema;
import com.theorycloud.tabletheory.model.DynamoType;
import com.theorycloud.tabletheory.spring.data.annotation.Query;
import com.theorycloud.tabletheory.spring.data.core.mapping.AccessPath;
import com.theorycloud.tabletheory.spring.data.core.mapping.TableTheoryEntity;
import com.theorycloud.tabletheory.spring.data.repository.query.ExpressionParser.Expr;

import org.jspecify.annotations.Nullable;
import org.springframework.data.repository.query.Parameter;

/**
 * Plans a {@link Query} method at startup: checks the index exists, that the key condition is an equality on the
 * index's partition key plus at most one sort-key condition, that every property and {@code :parameter} exists, and
 * that the filter avoids the key attributes DynamoDB forbids there.
 */
final class AnnotatedQueryPlanner {

    private final TableTheoryQueryMethod method;
    private final Query query;
    private final TableTheoryEntity<?> entity;
    private final Map<String, Integer> parameters = new HashMap<>();

    AnnotatedQueryPlanner(TableTheoryQueryMethod method, Query query) {
        this.method = method;
        this.query = query;
        this.entity = method.getEntity();
        int index = 0;
        for (Parameter parameter : method.getParameters().getBindableParameters()) {
            int position = index++;
            parameter.getName().ifPresent(name -> parameters.put(name, position));
        }
    }

    QueryPlan plan() {
        AccessPath path = entity.accessPath(query.index().isEmpty() ? null : query.index()).orElseThrow(() -> fail(
                "model " + entity.name() + " has no index '" + query.index() + "'; use one of "
                        + entity.accessPaths().stream().map(AccessPath::index).filter(i -> i != null).toList()));
        ConditionTemplate key = null;
        if (query.keyCondition().isBlank()) {
            if (!method.isScanAllowed()) {
                throw fail("@Query without keyCondition scans the whole table; add a keyCondition on '"
                        + entity.propertyOf(path.partitionKey()) + "' or annotate the method with @AllowScan");
            }
            if (path.index() != null) {
                throw fail("a scan reads the table; remove index = \"" + path.index() + "\" or add a keyCondition");
            }
        } else {
            key = keyCondition(path, parse(query.keyCondition(), "keyCondition"));
        }
        ConditionTemplate filter = null;
        if (!query.filter().isBlank()) {
            Expr expr = parse(query.filter(), "filter");
            if (key != null) {
                checkFilterKeys(expr, path);
            }
            filter = template(expr);
        }
        List<String> projection = query.projection().length > 0
                ? ProjectedAttributes.ofProperties(method, query.projection()) : ProjectedAttributes.of(method);
        return new QueryPlan(path, key, filter, !query.descending(), projection, 0);
    }

    private ConditionTemplate keyCondition(AccessPath path, Expr expr) {
        List<Expr> parts = new ArrayList<>();
        flattenAnd(expr, parts);
        Expr partition = null;
        Expr sort = null;
        for (Expr part : parts) {
            String attribute = attribute(pathOf(part));
            if (attribute.equals(path.partitionKey()) && part instanceof ExpressionParser.Compare c
                    && c.comparator() == Comparator.EQ && partition == null) {
                partition = part;
            } else if (attribute.equals(path.sortKey()) && sort == null && isSortKeyForm(part)) {
                sort = part;
            } else {
                throw fail("keyCondition must be '" + entity.propertyOf(path.partitionKey()) + " = :value'"
                        + (path.sortKey() == null ? "" : " optionally AND one condition on '"
                                + entity.propertyOf(path.sortKey()) + "' (=, <, <=, >, >=, BETWEEN, begins_with)")
                        + " for " + path.describe() + "; '" + pathOf(part) + "' cannot be part of it (move it to"
                        + " filter)");
            }
        }
        if (sort instanceof ExpressionParser.Function f && entity.schema().attribute(path.sortKey())
                .map(a -> a.type() == DynamoType.N).orElse(false)) {
            throw fail("begins_with needs a string or binary sort key but '" + f.path() + "' is a number; use"
                    + " BETWEEN");
        }
        if (partition == null) {
            throw fail("keyCondition needs '" + entity.propertyOf(path.partitionKey()) + " = :value', the partition"
                    + " key of " + path.describe());
        }
        return sort == null ? template(partition) : ConditionTemplate.and(template(partition), template(sort));
    }

    private static boolean isSortKeyForm(Expr part) {
        return part instanceof ExpressionParser.Compare c && c.comparator() != Comparator.NE
                || part instanceof ExpressionParser.Between
                || part instanceof ExpressionParser.Function f && f.name().equals("begins_with");
    }

    private void checkFilterKeys(Expr expr, AccessPath path) {
        List<String> paths = new ArrayList<>();
        collectPaths(expr, paths);
        for (String p : paths) {
            String attribute = attribute(p);
            if (attribute.equals(path.partitionKey()) || attribute.equals(path.sortKey())) {
                throw fail("filter names '" + p + "', a key of " + path.describe() + "; DynamoDB only accepts key"
                        + " attributes in the keyCondition");
            }
        }
    }

    private ConditionTemplate template(Expr expr) {
        if (expr instanceof ExpressionParser.Compare c) {
            AttributePath path = attributePath(c.path());
            int p = parameter(c.parameter());
            return args -> Condition.compare(path, c.comparator(), args[p]);
        }
        if (expr instanceof ExpressionParser.Between b) {
            AttributePath path = attributePath(b.path());
            int low = parameter(b.low());
            int high = parameter(b.high());
            return args -> Condition.between(path, args[low], args[high]);
        }
        if (expr instanceof ExpressionParser.In in) {
            AttributePath path = attributePath(in.path());
            List<Integer> indexes = in.parameters().stream().map(this::parameter).toList();
            return args -> {
                List<@Nullable Object> values = new ArrayList<>();
                indexes.forEach(i -> values.add(args[i]));
                return Condition.in(path, values);
            };
        }
        if (expr instanceof ExpressionParser.Function f) {
            AttributePath path = attributePath(f.path());
            return switch (f.name()) {
                case "attribute_exists" -> args -> Condition.attributeExists(path);
                case "attribute_not_exists" -> args -> Condition.attributeNotExists(path);
                case "begins_with" -> {
                    int p = parameter(f.parameter());
                    yield args -> Condition.beginsWith(path, args[p]);
                }
                default -> {
                    int p = parameter(f.parameter());
                    yield args -> Condition.contains(path, args[p]);
                }
            };
        }
        if (expr instanceof ExpressionParser.Size s) {
            AttributePath path = attributePath(s.path());
            int p = parameter(s.parameter());
            return args -> {
                long size = ((Number) args[p]).longValue();
                Condition.SizeOf of = Condition.size(path);
                return switch (s.comparator()) {
                    case EQ -> of.eq(size);
                    case NE -> of.ne(size);
                    case LT -> of.lt(size);
                    case LE -> of.le(size);
                    case GT -> of.gt(size);
                    case GE -> of.ge(size);
                };
            };
        }
        if (expr instanceof ExpressionParser.And and) {
            return ConditionTemplate.and(template(and.left()), template(and.right()));
        }
        if (expr instanceof ExpressionParser.Or or) {
            return ConditionTemplate.or(template(or.left()), template(or.right()));
        }
        ConditionTemplate inner = template(((ExpressionParser.Not) expr).expr());
        return args -> Condition.not(inner.bind(args));
    }

    private AttributePath attributePath(String dotted) {
        String[] segments = dotted.split("\\.");
        AttributePath path = AttributePath.of(attribute(dotted));
        for (int i = 1; i < segments.length; i++) {
            path = path.key(segments[i]);
        }
        return path;
    }

    private String attribute(String dotted) {
        String property = dotted.split("\\.")[0];
        AttributeSchema attribute = entity.attributeOfProperty(property).orElseThrow(() -> fail("'" + property
                + "' is not a property of model " + entity.name() + "; use one of " + entity.properties()));
        if (attribute.encrypted()) {
            throw fail("'" + property + "' is @Encrypted and cannot appear in a condition; compare a non-encrypted"
                    + " attribute instead");
        }
        return attribute.name();
    }

    private int parameter(String name) {
        Integer index = parameters.get(name);
        if (index == null) {
            throw fail("':" + name + "' matches no method parameter; parameters are " + parameters.keySet()
                    + " (compile with -parameters or annotate them with @Param)");
        }
        return index;
    }

    private Expr parse(String text, String attribute) {
        try {
            return ExpressionParser.parse(text);
        } catch (IllegalArgumentException e) {
            throw fail("@Query " + attribute + " " + e.getMessage());
        }
    }

    private static void flattenAnd(Expr expr, List<Expr> into) {
        if (expr instanceof ExpressionParser.And and) {
            flattenAnd(and.left(), into);
            flattenAnd(and.right(), into);
        } else {
            into.add(expr);
        }
    }

    private static void collectPaths(Expr expr, List<String> into) {
        if (expr instanceof ExpressionParser.And and) {
            collectPaths(and.left(), into);
            collectPaths(and.right(), into);
        } else if (expr instanceof ExpressionParser.Or or) {
            collectPaths(or.left(), into);
            collectPaths(or.right(), into);
        } else if (expr instanceof ExpressionParser.Not not) {
            collectPaths(not.expr(), into);
        } else {
            into.add(pathOf(expr));
        }
    }

    private static String pathOf(Expr expr) {
        if (expr instanceof ExpressionParser.Compare c) {
            return c.path();
        }
        if (expr instanceof ExpressionParser.Between b) {
            return b.path();
        }
        if (expr instanceof ExpressionParser.In in) {
            return in.path();
        }
        if (expr instanceof ExpressionParser.Function f) {
            return f.path();
        }
        if (expr instanceof ExpressionParser.Size s) {
            return s.path();
        }
        return "(" + expr + ")";
    }

    private QueryMethodValidationException fail(String reason) {
        return new QueryMethodValidationException(method.describe() + ": " + reason);
    }
}
