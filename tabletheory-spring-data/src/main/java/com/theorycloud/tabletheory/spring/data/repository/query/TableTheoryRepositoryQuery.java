package com.theorycloud.tabletheory.spring.data.repository.query;

import com.theorycloud.tabletheory.spring.data.annotation.Query;
import com.theorycloud.tabletheory.spring.data.core.TableTheoryOperations;

import org.jspecify.annotations.Nullable;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.data.repository.query.QueryMethod;
import org.springframework.data.repository.query.RepositoryQuery;
import org.springframework.data.repository.query.parser.PartTree;

/**
 * A repository query method planned at startup, either derived from its name or from its {@link Query} annotation;
 * creating it is where unsupported methods fail with a {@link QueryMethodValidationException}.
 */
public final class TableTheoryRepositoryQuery implements RepositoryQuery {

    private final TableTheoryQueryMethod method;
    private final QueryRunner runner;

    /**
     * Plans a method.
     *
     * @throws QueryMethodValidationException when the method cannot be served as declared
     */
    public TableTheoryRepositoryQuery(TableTheoryQueryMethod method, TableTheoryOperations operations) {
        this.method = method;
        Query query = method.getQueryAnnotation();
        if (query != null) {
            QueryPlan plan = new AnnotatedQueryPlanner(method, query).plan();
            this.runner = new QueryRunner(method, plan, kindOf(method.getReturnType()), operations);
        } else {
            PartTree tree = partTree(method);
            QueryPlan plan = new PartTreePlanner(method, tree).plan();
            QueryKind kind = tree.isCountProjection() ? QueryKind.COUNT : tree.isExistsProjection() ? QueryKind.EXISTS
                    : tree.isDelete() ? QueryKind.DELETE : QueryKind.FIND;
            this.runner = new QueryRunner(method, plan, kind, operations);
        }
    }

    private static PartTree partTree(TableTheoryQueryMethod method) {
        try {
            return new PartTree(method.getName(), method.getEntity().type());
        } catch (PropertyReferenceException e) {
            throw new QueryMethodValidationException(method.describe() + ": " + e.getMessage() + " (model "
                    + method.getEntity().name() + " has " + method.getEntity().properties() + ")", e);
        } catch (IllegalArgumentException e) {
            throw new QueryMethodValidationException(method.describe() + ": the name cannot be parsed as a"
                    + " derived query: " + e.getMessage() + "; rename it or annotate it with @Query", e);
        }
    }

    private static QueryKind kindOf(Class<?> returnType) {
        if (returnType == long.class || returnType == Long.class || returnType == int.class
                || returnType == Integer.class) {
            return QueryKind.COUNT;
        }
        if (returnType == boolean.class || returnType == Boolean.class) {
            return QueryKind.EXISTS;
        }
        return QueryKind.FIND;
    }

    @Override
    public @Nullable Object execute(Object[] parameters) {
        return runner.run(parameters);
    }

    @Override
    public QueryMethod getQueryMethod() {
        return method;
    }
}
