package com.theorycloud.tabletheory.spring.data.repository.support;

import com.theorycloud.tabletheory.spring.data.core.TableTheoryOperations;

import org.jspecify.annotations.Nullable;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.core.support.RepositoryFactoryBeanSupport;
import org.springframework.data.repository.core.support.RepositoryFactorySupport;
import org.springframework.util.Assert;

/**
 * The factory bean {@code @EnableTableTheoryRepositories} registers for each repository interface; it needs the
 * {@link TableTheoryOperations} bean (set through the {@code tableTheoryTemplateRef} attribute).
 *
 * @param <T>  the repository type
 * @param <S>  the entity type
 * @param <ID> the id type
 */
public class TableTheoryRepositoryFactoryBean<T extends Repository<S, ID>, S, ID>
        extends RepositoryFactoryBeanSupport<T, S, ID> {

    private @Nullable TableTheoryOperations operations;

    /** A factory bean for one repository interface. */
    public TableTheoryRepositoryFactoryBean(Class<? extends T> repositoryInterface) {
        super(repositoryInterface);
    }

    /** The operations repositories call. */
    public void setTableTheoryOperations(TableTheoryOperations tableTheoryOperations) {
        this.operations = tableTheoryOperations;
        setMappingContext(tableTheoryOperations.getMappingContext());
    }

    @Override
    protected RepositoryFactorySupport createRepositoryFactory() {
        Assert.state(operations != null, "TableTheoryOperations must be set: declare a TableTheoryTemplate bean or"
                + " point @EnableTableTheoryRepositories(tableTheoryTemplateRef = ...) at one");
        return new TableTheoryRepositoryFactory(operations);
    }

    @Override
    public void afterPropertiesSet() {
        Assert.state(operations != null, "TableTheoryOperations must be set: declare a TableTheoryTemplate bean or"
                + " point @EnableTableTheoryRepositories(tableTheoryTemplateRef = ...) at one");
        super.afterPropertiesSet();
    }
}
