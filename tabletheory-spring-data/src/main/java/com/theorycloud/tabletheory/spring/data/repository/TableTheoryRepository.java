package com.theorycloud.tabletheory.spring.data.repository;

import java.util.List;

import com.theorycloud.tabletheory.spring.data.core.query.TableTheoryQuery;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.query.QueryByExampleExecutor;

/**
 * The repository interface for TableTheory models: CRUD with the engine's lifecycle rules, create-only inserts, and
 * query-by-example on key attributes. The id type is the partition key's type for models without a sort key, and
 * {@link com.theorycloud.tabletheory.Key} or a record with the partition and sort key properties otherwise.
 *
 * <p>{@code findAll()}, {@code count()} and {@code deleteAll()} read the whole table: they work, but cost a scan.
 *
 * @param <T>  the entity type
 * @param <ID> the id type
 */
@NoRepositoryBean
public interface TableTheoryRepository<T, ID> extends ListCrudRepository<T, ID>, QueryByExampleExecutor<T> {

    /**
     * Creates an entity that must not exist yet.
     *
     * @return the entity as stored
     * @throws org.springframework.dao.DataIntegrityViolationException when an item with its key exists
     */
    <S extends T> S insert(S entity);

    /** Runs an explicit read built with {@link TableTheoryQuery} and returns all its items. */
    List<T> query(TableTheoryQuery query);
}
