package com.theorycloud.tabletheory.spring.data.repository.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.theorycloud.tabletheory.model.AttributeSchema;
import com.theorycloud.tabletheory.model.DynamoType;
import com.theorycloud.tabletheory.spring.data.core.mapping.AccessPath;
import com.theorycloud.tabletheory.spring.data.core.mapping.TableTheoryEntity;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.query.parser.Part;
import org.springframework.data.repository.query.parser.PartTree;

/**
 * Plans a derived query at startup: picks the table or the index whose partition key the method compares for
 * equality (preferring one whose sort key it also constrains or orders by), turns that into the key condition and
 * every other condition into a filter, and refuses anything that would need a scan unless the method allows it.
 */
final class PartTreePlanner {

    private final TableTheoryQueryMethod method;
    private final TableTheoryEntity<?> entity;
    private final PartTree tree;
    private final List<String> tableKeys;

    /** One method-name criterion with the stored attribute it compares and its first argument. */
    private record Criterion(Part part, String attribute, int firstArgument) {
        ConditionTemplate condition() {
            return PartConditions.of(part.getType(), attribute, firstArgument);
        }
    }

    PartTreePlanner(TableTheoryQueryMethod method, PartTree tree) {
        this.method = method;
        this.entity = method.getEntity();
        this.tree = tree;
        List<String> keys = new ArrayList<>();
        keys.add(entity.schema().partitionKey().name());
        if (entity.schema().sortKey() != null) {
            keys.add(entity.schema().sortKey().name());
        }
        this.tableKeys = List.copyOf(keys);
    }

    QueryPlan plan() {
        if (tree.isDistinct()) {
            throw fail("Distinct is not supported: DynamoDB returns each item once; remove 'Distinct'");
        }
        List<List<Criterion>> branches = criteria();
        List<String> projection = ProjectedAttributes.of(method);
        int maxResults = tree.getMaxResults() == null ? 0 : tree.getMaxResults();
        if (branches.size() == 1) {
            List<String> reasons = new ArrayList<>();
            Choice best = null;
            for (AccessPath path : entity.accessPaths()) {
                Choice choice = tryPath(path, branches.get(0), projection, reasons);
                if (choice != null && (best == null || choice.score > best.score)) {
                    best = choice;
                }
            }
            if (best != null) {
                return new QueryPlan(best.path, best.key, best.filter, best.ascending, projection, maxResults);
            }
            return scanOrFail(branches, projection, maxResults, reasons);
        }
        return scanOrFail(branches, projection, maxResults,
                List.of("the method combines conditions with Or, which a key condition cannot express"));
    }

    private record Choice(AccessPath path, ConditionTemplate key, @Nullable ConditionTemplate filter,
            boolean ascending, int score) {
    }

    private @Nullable Choice tryPath(AccessPath path, List<Criterion> criteria, List<String> projection,
            List<String> reasons) {
        String name = path.describe();
        List<Criterion> onPartition = criteria.stream().filter(c -> c.attribute.equals(path.partitionKey())).toList();
        if (onPartition.size() != 1 || onPartition.get(0).part.getType() != Part.Type.SIMPLE_PROPERTY) {
            reasons.add(name + " needs exactly one equality condition on its partition key '"
                    + entity.propertyOf(path.partitionKey()) + "'");
            return null;
        }
        List<Criterion> onSort = path.sortKey() == null ? List.of()
                : criteria.stream().filter(c -> c.attribute.equals(path.sortKey())).toList();
        if (onSort.size() > 1 || onSort.size() == 1 && !PartConditions.SORT_KEY_TYPES.contains(
                onSort.get(0).part.getType())) {
            reasons.add(name + " cannot use the conditions on its sort key '" + entity.propertyOf(path.sortKey())
                    + "' as one key condition (one of =, <, <=, >, >=, Between, StartingWith)");
            return null;
        }
        if (onSort.size() == 1 && onSort.get(0).part.getType() == Part.Type.STARTING_WITH
                && isNumber(path.sortKey())) {
            reasons.add(name + " cannot use StartingWith on its number sort key '" + entity.propertyOf(path.sortKey())
                    + "' (use Between)");
            return null;
        }
        Boolean ascending = order(path, reasons);
        if (ascending == null) {
            return null;
        }
        List<Criterion> filters = criteria.stream().filter(c -> !onPartition.contains(c) && !onSort.contains(c))
                .toList();
        for (Criterion filter : filters) {
            if (filter.attribute.equals(path.partitionKey()) || filter.attribute.equals(path.sortKey())) {
                reasons.add(name + " cannot filter on its own key attribute '" + filter.part.getProperty() + "'");
                return null;
            }
        }
        Set<String> needed = new LinkedHashSet<>();
        filters.forEach(f -> needed.add(f.attribute));
        if (projection.isEmpty()) {
            entity.schema().attributes().stream().map(AttributeSchema::name).forEach(needed::add);
        } else {
            needed.addAll(projection);
        }
        List<String> missing = needed.stream().filter(a -> !path.holds(a, tableKeys)).toList();
        if (!missing.isEmpty()) {
            reasons.add(name + " does not project " + missing.stream().map(entity::propertyOf).toList()
                    + " (projection " + path.projection() + "); return a projection of the projected attributes");
            return null;
        }
        ConditionTemplate key = onPartition.get(0).condition();
        if (!onSort.isEmpty()) {
            key = ConditionTemplate.and(key, onSort.get(0).condition());
        }
        int score = (onSort.isEmpty() ? 0 : 4) + (tree.getSort().isSorted() ? 2 : 0) + (path.index() == null ? 1 : 0);
        return new Choice(path, key, and(filters), ascending, score);
    }

    private boolean isNumber(@Nullable String attribute) {
        return attribute != null && entity.schema().attribute(attribute).map(a -> a.type() == DynamoType.N)
                .orElse(false);
    }

    /** The sort-key order the method asks for, or {@code null} when this path cannot give it. */
    private @Nullable Boolean order(AccessPath path, List<String> reasons) {
        Sort sort = tree.getSort();
        if (sort.isUnsorted()) {
            return Boolean.TRUE;
        }
        List<Sort.Order> orders = sort.toList();
        String sortProperty = path.sortKey() == null ? null : entity.propertyOf(path.sortKey());
        if (orders.size() != 1 || !orders.get(0).getProperty().equals(sortProperty)) {
            reasons.add(path.describe() + " can only order by its sort key"
                    + (sortProperty == null ? " and has none" : " '" + sortProperty + "'"));
            return null;
        }
        return orders.get(0).isAscending();
    }

    private QueryPlan scanOrFail(List<List<Criterion>> branches, List<String> projection, int maxResults,
            List<String> reasons) {
        if (!method.isScanAllowed()) {
            Set<String> compared = new LinkedHashSet<>();
            branches.forEach(b -> b.forEach(c -> compared.add(c.part.getProperty().getSegment())));
            throw fail("no key or index of model " + entity.name() + " can serve it, and a full table scan is"
                    + " not allowed:\n  - " + String.join("\n  - ", reasons) + "\nFix: compare a partition key for"
                    + " equality (" + entity.accessPaths().stream().map(p -> entity.propertyOf(p.partitionKey()))
                    .distinct().toList() + "), declare a @GlobalSecondaryIndex whose partition key is one of "
                    + compared + ", or annotate the method with @AllowScan to accept a scan of the whole table");
        }
        if (tree.getSort().isSorted()) {
            throw fail("a scan returns items in no particular order, so OrderBy cannot be honoured; remove the"
                    + " OrderBy or query an index whose sort key gives the order");
        }
        ConditionTemplate filter = null;
        for (List<Criterion> branch : branches) {
            ConditionTemplate all = and(branch);
            if (all != null) {
                filter = filter == null ? all : ConditionTemplate.or(filter, all);
            }
        }
        return new QueryPlan(entity.accessPath(null).orElseThrow(), null, filter, true, projection, maxResults);
    }

    private static @Nullable ConditionTemplate and(List<Criterion> criteria) {
        ConditionTemplate result = null;
        for (Criterion criterion : criteria) {
            result = result == null ? criterion.condition() : ConditionTemplate.and(result, criterion.condition());
        }
        return result;
    }

    private List<List<Criterion>> criteria() {
        List<List<Criterion>> branches = new ArrayList<>();
        int argument = 0;
        for (PartTree.OrPart orPart : tree) {
            List<Criterion> branch = new ArrayList<>();
            for (Part part : orPart) {
                if (part.getProperty().hasNext()) {
                    throw fail("'" + part.getProperty().toDotPath() + "' is a nested property; derived queries"
                            + " compare top-level attributes only, use @Query with a path instead");
                }
                if (!PartConditions.SUPPORTED.contains(part.getType())) {
                    throw fail("the keyword " + part.getType() + " (" + part.getType().getKeywords() + ") is not"
                            + " supported by DynamoDB expressions; see docs/repositories.md for the keyword table");
                }
                if (part.shouldIgnoreCase() == Part.IgnoreCaseType.ALWAYS) {
                    throw fail("IgnoreCase is not supported: DynamoDB compares exactly; store a normalized copy of"
                            + " the attribute and query that");
                }
                String property = part.getProperty().getSegment();
                AttributeSchema attribute = entity.attributeOfProperty(property).orElseThrow(() -> fail("'"
                        + property + "' is not a stored property of model " + entity.name() + "; use one of "
                        + entity.properties()));
                if (attribute.encrypted()) {
                    throw fail("'" + property + "' is @Encrypted: its stored value is ciphertext, so it cannot be"
                            + " compared; query a non-encrypted attribute (e.g. a hash of the value) instead");
                }
                branch.add(new Criterion(part, attribute.name(), argument));
                argument += part.getNumberOfArguments();
            }
            branches.add(branch);
        }
        return branches;
    }

    private QueryMethodValidationException fail(String reason) {
        return new QueryMethodValidationException(method.describe() + ": " + reason);
    }
}
