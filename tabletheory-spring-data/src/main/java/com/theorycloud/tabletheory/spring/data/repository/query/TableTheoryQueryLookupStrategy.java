package com.theorycloud.tabletheory.spring.data.repository.query;

import java.lang.reflect.Method;

import com.theorycloud.tabletheory.spring.data.core.TableTheoryOperations;

import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.repository.core.NamedQueries;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.query.QueryLookupStrategy;
import org.springframework.data.repository.query.RepositoryQuery;

/**
 * Resolves every query method of a repository when the repository is created, so a method that cannot be served
 * fails the application start instead of the first call.
 */
public final class TableTheoryQueryLookupStrategy implements QueryLookupStrategy {

    private final TableTheoryOperations operations;

    /** A strategy planning queries for the given operations. */
    public TableTheoryQueryLookupStrategy(TableTheoryOperations operations) {
        this.operations = operations;
    }

    @Override
    public RepositoryQuery resolveQuery(Method method, RepositoryMetadata metadata, ProjectionFactory factory,
            NamedQueries namedQueries) {
        TableTheoryQueryMethod queryMethod = new TableTheoryQueryMethod(method, metadata, factory,
                operations.getMappingContext().entity(metadata.getDomainType()));
        return new TableTheoryRepositoryQuery(queryMethod, operations);
    }
}
