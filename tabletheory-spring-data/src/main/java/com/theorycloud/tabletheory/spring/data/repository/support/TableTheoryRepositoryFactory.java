package com.theorycloud.tabletheory.spring.data.repository.support;

import java.util.Optional;

import com.theorycloud.tabletheory.spring.data.core.TableTheoryOperations;
import com.theorycloud.tabletheory.spring.data.core.mapping.TableTheoryEntity;
import com.theorycloud.tabletheory.spring.data.repository.query.TableTheoryQueryLookupStrategy;

import org.jspecify.annotations.Nullable;
import org.springframework.data.repository.core.EntityInformation;
import org.springframework.data.repository.core.RepositoryInformation;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.core.support.RepositoryComposition.RepositoryFragments;
import org.springframework.data.repository.core.support.RepositoryFactorySupport;
import org.springframework.data.repository.query.QueryLookupStrategy;
import org.springframework.data.repository.query.ValueExpressionDelegate;

/**
 * Creates TableTheory repository proxies: a {@link SimpleTableTheoryRepository} (or the configured base class) for
 * the CRUD methods and a planned query for every query method. Use it directly to build a repository without
 * Spring's configuration: {@code new TableTheoryRepositoryFactory(template).getRepository(OrderRepository.class)}.
 */
public class TableTheoryRepositoryFactory extends RepositoryFactorySupport {

    private final TableTheoryOperations operations;

    /** A factory over the given operations. */
    public TableTheoryRepositoryFactory(TableTheoryOperations operations) {
        this.operations = operations;
    }

    @Override
    public EntityInformation<?, ?> getEntityInformation(RepositoryMetadata metadata) {
        return entityInformation(metadata.getDomainType(), metadata.getIdType());
    }

    private <T, ID> TableTheoryEntityInformation<T, ID> entityInformation(Class<T> domainType, Class<ID> idType) {
        TableTheoryEntity<T> entity = operations.getMappingContext().entity(domainType);
        return new TableTheoryEntityInformation<>(entity, idType);
    }

    @Override
    protected Object getTargetRepository(RepositoryInformation information) {
        EntityInformation<?, ?> entityInformation = getEntityInformation(information);
        return getTargetRepositoryViaReflection(information, entityInformation, operations);
    }

    @Override
    protected Class<?> getRepositoryBaseClass(RepositoryMetadata metadata) {
        return SimpleTableTheoryRepository.class;
    }

    @Override
    protected RepositoryFragments getRepositoryFragments(RepositoryMetadata metadata) {
        return super.getRepositoryFragments(metadata).append(contributeFragments(metadata));
    }

    /**
     * Extra fragments for a repository, none by default. This is the hook for store-specific capabilities that
     * depend on the model, such as the release-state {@code transition(...)} fragments planned for models with a
     * release-state write policy: override it (or set a factory bean subclass) to add them.
     */
    protected RepositoryFragments contributeFragments(RepositoryMetadata metadata) {
        return RepositoryFragments.empty();
    }

    @Override
    protected Optional<QueryLookupStrategy> getQueryLookupStrategy(QueryLookupStrategy.@Nullable Key key,
            ValueExpressionDelegate valueExpressionDelegate) {
        return Optional.of(new TableTheoryQueryLookupStrategy(operations));
    }
}
