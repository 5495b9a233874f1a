package com.theorycloud.tabletheory.spring.data.repository.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.spring.data.core.TableTheoryOperations;
import com.theorycloud.tabletheory.spring.data.core.mapping.TableTheoryEntity;
import com.theorycloud.tabletheory.spring.data.core.query.TableTheoryQuery;
import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;

import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.domain.Example;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.query.FluentQuery;
import org.springframework.util.Assert;

/**
 * The base implementation behind every TableTheory repository: CRUD through {@link TableTheoryOperations} and
 * query-by-example on key attributes. {@code findAllById}, {@code deleteAllById}, {@code deleteAll()}, and
 * {@code saveAll} and {@code deleteAll(entities)} of unversioned models use the engine's batch calls (unprocessed
 * items retried); versioned models save and delete one by one because each write checks its own version.
 *
 * @param <T>  the entity type
 * @param <ID> the id type
 */
public class SimpleTableTheoryRepository<T, ID> implements TableTheoryRepository<T, ID> {

    /** Items deleted per round of {@link #deleteAll()}. */
    private static final int BATCH = 250;

    private final TableTheoryOperations operations;
    private final TableTheoryEntityInformation<T, ID> information;
    private final Class<T> type;
    private final ExampleQueries<T> examples;
    private final TableTheoryEntity<T> entity;

    /** A repository of one entity type. */
    public SimpleTableTheoryRepository(TableTheoryEntityInformation<T, ID> information,
            TableTheoryOperations operations) {
        this.operations = operations;
        this.information = information;
        this.type = information.getJavaType();
        this.entity = information.getEntity();
        this.examples = new ExampleQueries<>(entity);
    }

    @Override
    public <S extends T> S save(S entity) {
        Assert.notNull(entity, "Entity must not be null");
        return operations.save(entity);
    }

    @Override
    public <S extends T> S insert(S entity) {
        Assert.notNull(entity, "Entity must not be null");
        return operations.insert(entity);
    }

    @Override
    public <S extends T> List<S> saveAll(Iterable<S> entities) {
        List<S> all = new ArrayList<>();
        for (S entity : entities) {
            Assert.notNull(entity, "Entities must not contain null");
            all.add(entity);
        }
        return operations.saveAll(all);
    }

    @Override
    public Optional<T> findById(ID id) {
        Assert.notNull(id, "Id must not be null");
        return operations.findById(information.keyOf(id), type);
    }

    @Override
    public boolean existsById(ID id) {
        return findById(id).isPresent();
    }

    @Override
    public List<T> findAll() {
        return operations.page(TableTheoryQuery.scan(), type).items();
    }

    @Override
    public List<T> findAllById(Iterable<ID> ids) {
        return operations.findAllById(keys(ids), type);
    }

    private List<Key> keys(Iterable<? extends ID> ids) {
        List<Key> keys = new ArrayList<>();
        for (ID id : ids) {
            Assert.notNull(id, "Ids must not contain null");
            keys.add(information.keyOf(id));
        }
        return keys;
    }

    @Override
    public long count() {
        return operations.count(TableTheoryQuery.scan(), type);
    }

    @Override
    public void deleteById(ID id) {
        Assert.notNull(id, "Id must not be null");
        operations.deleteById(information.keyOf(id), type);
    }

    @Override
    public void delete(T entity) {
        Assert.notNull(entity, "Entity must not be null");
        operations.delete(entity);
    }

    @Override
    public void deleteAllById(Iterable<? extends ID> ids) {
        operations.deleteAllById(keys(ids), type);
    }

    @Override
    public void deleteAll(Iterable<? extends T> entities) {
        if (entity.isVersioned()) {
            // Batch writes take no conditions, so version-checked deletes stay single calls.
            for (T item : entities) {
                delete(item);
            }
            return;
        }
        List<Key> keys = new ArrayList<>();
        for (T item : entities) {
            keys.add(entity.keyOf(item));
        }
        operations.deleteAllById(keys, type);
    }

    @Override
    public void deleteAll() {
        TableTheoryQuery everything = TableTheoryQuery.scan().withLimit(BATCH);
        while (true) {
            // Each round deletes what the scan found, so the next scan starts over on a smaller table.
            List<T> found = operations.page(everything, type).items();
            if (found.isEmpty()) {
                return;
            }
            operations.deleteAllById(found.stream().map(entity::keyOf).toList(), type);
        }
    }

    @Override
    public List<T> query(TableTheoryQuery query) {
        return operations.page(query, type).items();
    }

    @Override
    public <S extends T> Optional<S> findOne(Example<S> example) {
        List<S> found = cast(operations.page(examples.query(example, Sort.unsorted()).withLimit(2), type).items());
        if (found.size() > 1) {
            throw new IncorrectResultSizeDataAccessException("Model " + information.getEntity().name()
                    + ": the example matches more than one item", 1);
        }
        return found.stream().findFirst();
    }

    @Override
    public <S extends T> List<S> findAll(Example<S> example) {
        return cast(operations.page(examples.query(example, Sort.unsorted()), type).items());
    }

    @Override
    public <S extends T> List<S> findAll(Example<S> example, Sort sort) {
        return cast(operations.page(examples.query(example, sort), type).items());
    }

    @Override
    public <S extends T> Page<S> findAll(Example<S> example, Pageable pageable) {
        TableTheoryQuery query = examples.query(example, pageable.getSort());
        if (pageable.isUnpaged()) {
            List<S> all = cast(operations.page(query, type).items());
            return new PageImpl<>(all, pageable, all.size());
        }
        // Cursors cannot jump: page n reads the n pages before it.
        List<S> upTo = cast(operations.page(query.withLimit((int) pageable.getOffset() + pageable.getPageSize()),
                type).items());
        List<S> content = upTo.subList((int) Math.min(pageable.getOffset(), upTo.size()), upTo.size());
        return new PageImpl<>(content, pageable, operations.count(query, type));
    }

    @Override
    public <S extends T> long count(Example<S> example) {
        return operations.count(examples.query(example, Sort.unsorted()), type);
    }

    @Override
    public <S extends T> boolean exists(Example<S> example) {
        return !operations.page(examples.query(example, Sort.unsorted()).withLimit(1), type).items().isEmpty();
    }

    @Override
    public <S extends T, R> R findBy(Example<S> example, Function<FluentQuery.FetchableFluentQuery<S>, R> query) {
        throw new InvalidDataAccessApiUsageException("Model " + information.getEntity().name()
                + ": the fluent query-by-example API is not supported; use findAll(Example), findOne(Example),"
                + " count(Example) or exists(Example)");
    }

    @SuppressWarnings("unchecked")
    private static <S> List<S> cast(List<?> items) {
        return (List<S>) items;
    }
}
