package com.theorycloud.tabletheory.spring.data.core;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.spring.data.core.mapping.TableTheoryMappingContext;
import com.theorycloud.tabletheory.spring.data.core.query.ResultPage;
import com.theorycloud.tabletheory.spring.data.core.query.TableTheoryQuery;

/**
 * The operations repositories are built on, usable directly: writes with the engine's lifecycle rules, key reads,
 * queries, lifecycle events and callbacks, and errors translated to Spring's {@code DataAccessException}s.
 */
public interface TableTheoryOperations {

    /**
     * Creates an entity that must not exist yet.
     *
     * @return the entity as stored
     * @throws org.springframework.dao.DataIntegrityViolationException when an item with its key exists
     */
    <T> T insert(T entity);

    /**
     * Saves an entity: for versioned models a new entity (version unset or 0) is created and a loaded one is
     * updated with a version check; other models are put (overwriting any item with the same key).
     *
     * @return the entity as stored
     * @throws org.springframework.dao.OptimisticLockingFailureException when the stored version differs
     */
    <T> T save(T entity);

    /**
     * Saves several entities. Versioned models save one by one (each write checks its own version); other models
     * write with {@code BatchWriteItem} (25 per request, unprocessed writes retried) and, when the model has
     * lifecycle timestamps, read the stored items back with a strongly consistent {@code BatchGetItem}.
     *
     * @return the entities as stored, in the given order
     */
    <T> List<T> saveAll(Collection<T> entities);

    /** Reads an entity by key, empty when there is none. */
    <T> Optional<T> findById(Key key, Class<T> type);

    /**
     * Reads entities by key with {@code BatchGetItem} (100 keys per request, unprocessed keys retried).
     *
     * @return the entities found, in the order of {@code keys}
     * @throws org.springframework.dao.TransientDataAccessResourceException when keys stay unprocessed
     */
    <T> List<T> findAllById(Collection<Key> keys, Class<T> type);

    /**
     * Deletes by key with {@code BatchWriteItem} (25 per request, unprocessed writes retried); no version checks.
     *
     * @throws org.springframework.dao.TransientDataAccessResourceException when writes stay unprocessed
     */
    <T> void deleteAllById(Collection<Key> keys, Class<T> type);

    /** Deletes an entity, version-checked for versioned models. */
    <T> void delete(T entity);

    /** Deletes by key; deleting an absent item succeeds. */
    <T> void deleteById(Key key, Class<T> type);

    /** Reads one page (up to {@code query.limit()} items, all when 0). */
    <T> ResultPage<T> page(TableTheoryQuery query, Class<T> type);

    /** Streams every matching item lazily, one DynamoDB page in memory at a time. */
    <T> Stream<T> stream(TableTheoryQuery query, Class<T> type);

    /** Counts matching items without transferring them (the read capacity is still consumed). */
    <T> long count(TableTheoryQuery query, Class<T> type);

    /** The engine table of an entity type, for what the template does not cover. */
    <T> Table<T> table(Class<T> type);

    /** The mapping metadata of entity types. */
    TableTheoryMappingContext getMappingContext();
}
