package com.theorycloud.tabletheory.spring.data.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.ReadOptions;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.batch.RetryPolicy;
import com.theorycloud.tabletheory.error.ConditionFailedException;
import com.theorycloud.tabletheory.error.VersionConflictException;
import com.theorycloud.tabletheory.spring.data.core.internal.ReadCalls;
import com.theorycloud.tabletheory.spring.data.core.mapping.TableTheoryEntity;
import com.theorycloud.tabletheory.spring.data.core.mapping.TableTheoryMappingContext;
import com.theorycloud.tabletheory.spring.data.core.mapping.event.AfterDeleteEvent;
import com.theorycloud.tabletheory.spring.data.core.mapping.event.AfterLoadCallback;
import com.theorycloud.tabletheory.spring.data.core.mapping.event.AfterLoadEvent;
import com.theorycloud.tabletheory.spring.data.core.mapping.event.AfterSaveCallback;
import com.theorycloud.tabletheory.spring.data.core.mapping.event.AfterSaveEvent;
import com.theorycloud.tabletheory.spring.data.core.mapping.event.BeforeConvertCallback;
import com.theorycloud.tabletheory.spring.data.core.mapping.event.BeforeConvertEvent;
import com.theorycloud.tabletheory.spring.data.core.mapping.event.BeforeDeleteEvent;
import com.theorycloud.tabletheory.spring.data.core.mapping.event.BeforeSaveCallback;
import com.theorycloud.tabletheory.spring.data.core.mapping.event.BeforeSaveEvent;
import com.theorycloud.tabletheory.spring.data.core.mapping.event.TableTheoryMappingEvent;
import com.theorycloud.tabletheory.spring.data.core.query.ResultPage;
import com.theorycloud.tabletheory.spring.data.core.query.TableTheoryQuery;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationEventPublisherAware;
import org.springframework.data.mapping.callback.EntityCallbacks;

/**
 * The default {@link TableTheoryOperations} over a {@link TableTheory} engine. Declared as a bean it publishes
 * lifecycle events to the application context and runs entity callbacks found there; otherwise it works standalone.
 */
public class TableTheoryTemplate implements TableTheoryOperations, ApplicationEventPublisherAware, BeanFactoryAware {

    private static final int STREAM_CHUNK = 100;

    private final TableTheory engine;
    private final TableTheoryMappingContext mappingContext;
    private final TableTheoryExceptionTranslator translator = new TableTheoryExceptionTranslator();
    private final Map<Class<?>, ReadCalls<?>> reads = new ConcurrentHashMap<>();
    private @Nullable ApplicationEventPublisher publisher;
    private @Nullable EntityCallbacks callbacks;

    /** A template over an engine, reading annotated models as the engine does (its default naming convention). */
    public TableTheoryTemplate(TableTheory engine) {
        this(engine, new TableTheoryMappingContext(engine));
    }

    /** A template over an engine with the given mapping metadata. */
    public TableTheoryTemplate(TableTheory engine, TableTheoryMappingContext mappingContext) {
        this.engine = engine;
        this.mappingContext = mappingContext;
    }

    @Override
    public void setApplicationEventPublisher(ApplicationEventPublisher applicationEventPublisher) {
        this.publisher = applicationEventPublisher;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
        this.callbacks = EntityCallbacks.create(beanFactory);
    }

    /** Uses the given callbacks (replacing those from the bean factory). */
    public void setEntityCallbacks(EntityCallbacks entityCallbacks) {
        this.callbacks = entityCallbacks;
    }

    /** The engine this template calls. */
    public TableTheory getEngine() {
        return engine;
    }

    @Override
    public TableTheoryMappingContext getMappingContext() {
        return mappingContext;
    }

    @Override
    public <T> Table<T> table(Class<T> type) {
        return engine.table(mappingContext.entity(type).codec());
    }

    @Override
    public <T> T insert(T entity) {
        Class<T> type = typeOf(entity);
        T prepared = beforeSave(entity, type);
        T stored = translate(() -> table(type).create(prepared));
        return afterSave(stored, type);
    }

    @Override
    public <T> T save(T entity) {
        Class<T> type = typeOf(entity);
        TableTheoryEntity<T> model = mappingContext.entity(type);
        T prepared = beforeSave(entity, type);
        T stored = translate(() -> write(model, prepared));
        return afterSave(stored, type);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> List<T> saveAll(Collection<T> entities) {
        if (entities.isEmpty()) {
            return List.of();
        }
        Class<T> type = (Class<T>) entities.iterator().next().getClass();
        TableTheoryEntity<T> model = mappingContext.entity(type);
        if (model.isVersioned() || entities.size() == 1
                || entities.stream().anyMatch(entity -> entity.getClass() != type)) {
            return entities.stream().map(this::save).toList();
        }
        List<T> prepared = entities.stream().map(entity -> beforeSave(entity, type)).toList();
        List<Key> keys = prepared.stream().map(model::keyOf).toList();
        if (new LinkedHashSet<>(keys).size() < keys.size()) {
            // A batch cannot write one key twice; single saves keep the last one, as repeated save() calls would.
            return prepared.stream().map(entity -> afterSave(translate(() -> write(model, entity)), type)).toList();
        }
        Table<T> table = engine.table(model.codec());
        List<T> stored = translate(() -> {
            table.batchWrite(prepared, List.of());
            if (!model.hasLifecycleTimestamps()) {
                return prepared;
            }
            // The engine stamped the items; read them back so callers get what is stored, as with save().
            Map<Key, T> read = table.batchGetByKey(keys, ReadOptions.consistent(), RetryPolicy.defaults());
            List<T> result = new ArrayList<>(prepared.size());
            for (int i = 0; i < prepared.size(); i++) {
                result.add(read.getOrDefault(keys.get(i), prepared.get(i)));
            }
            return result;
        });
        return stored.stream().map(entity -> afterSave(entity, type)).toList();
    }

    private <T> T write(TableTheoryEntity<T> model, T entity) {
        Table<T> table = engine.table(model.codec());
        if (!model.isVersioned()) {
            return table.put(entity);
        }
        Number version = model.versionOf(entity);
        if (version == null) {
            return table.create(entity);
        }
        if (version.longValue() != 0) {
            return table.update(entity);
        }
        // Version 0 is both a fresh primitive and a just-created item: try create, then the version-checked update.
        try {
            return table.create(entity);
        } catch (ConditionFailedException e) {
            try {
                return table.update(entity);
            } catch (VersionConflictException conflict) {
                conflict.addSuppressed(e);
                throw conflict;
            }
        }
    }

    @Override
    public <T> Optional<T> findById(Key key, Class<T> type) {
        return translate(() -> table(type).find(key)).map(found -> afterLoad(found, type));
    }

    @Override
    public <T> List<T> findAllById(Collection<Key> keys, Class<T> type) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<T> found = translate(() -> table(type).batchGet(new LinkedHashSet<>(keys)));
        return found.stream().map(item -> afterLoad(item, type)).toList();
    }

    @Override
    public <T> void deleteAllById(Collection<Key> keys, Class<T> type) {
        if (keys.isEmpty()) {
            return;
        }
        Set<Key> distinct = new LinkedHashSet<>(keys);
        distinct.forEach(key -> publish(new BeforeDeleteEvent<>(key, type)));
        translate(() -> {
            table(type).batchWrite(List.of(), distinct);
            return null;
        });
        distinct.forEach(key -> publish(new AfterDeleteEvent<>(key, type)));
    }

    @Override
    public <T> void delete(T entity) {
        Class<T> type = typeOf(entity);
        publish(new BeforeDeleteEvent<>(entity, type));
        translate(() -> {
            table(type).delete(entity);
            return null;
        });
        publish(new AfterDeleteEvent<>(entity, type));
    }

    @Override
    public <T> void deleteById(Key key, Class<T> type) {
        publish(new BeforeDeleteEvent<>(key, type));
        translate(() -> {
            table(type).delete(key);
            return null;
        });
        publish(new AfterDeleteEvent<>(key, type));
    }

    @Override
    public <T> ResultPage<T> page(TableTheoryQuery query, Class<T> type) {
        ResultPage<T> page = translate(() -> reads(type).page(query));
        if (publisher == null && callbacks == null) {
            return page;
        }
        return new ResultPage<>(page.items().stream().map(item -> afterLoad(item, type)).toList(),
                page.itemCursors(), page.cursor());
    }

    @Override
    public <T> Stream<T> stream(TableTheoryQuery query, Class<T> type) {
        Iterator<T> items = new Iterator<>() {
            private Iterator<T> current = List.<T>of().iterator();
            private @Nullable String cursor = query.cursor();
            private boolean done;
            private int returned;

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && !done) {
                    int chunk = query.limit() == 0 ? STREAM_CHUNK : Math.min(STREAM_CHUNK, query.limit() - returned);
                    ResultPage<T> page = page(query.withCursor(cursor).withLimit(chunk), type);
                    current = page.items().iterator();
                    returned += page.items().size();
                    cursor = page.cursor();
                    done = !page.hasNext() || query.limit() > 0 && returned >= query.limit();
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    @Override
    public <T> long count(TableTheoryQuery query, Class<T> type) {
        return translate(() -> reads(type).count(query));
    }

    @SuppressWarnings("unchecked")
    private <T> ReadCalls<T> reads(Class<T> type) {
        return (ReadCalls<T>) reads.computeIfAbsent(type, t -> new ReadCalls<>(engine, mappingContext.entity(t)));
    }

    @SuppressWarnings("unchecked")
    private static <T> Class<T> typeOf(T entity) {
        return (Class<T>) entity.getClass();
    }

    private <T> T beforeSave(T entity, Class<T> type) {
        publish(new BeforeConvertEvent<>(entity, type));
        T converted = callback(BeforeConvertCallback.class, entity, type);
        publish(new BeforeSaveEvent<>(converted, type));
        return callback(BeforeSaveCallback.class, converted, type);
    }

    private <T> T afterSave(T stored, Class<T> type) {
        publish(new AfterSaveEvent<>(stored, type));
        return callback(AfterSaveCallback.class, stored, type);
    }

    private <T> T afterLoad(T loaded, Class<T> type) {
        publish(new AfterLoadEvent<>(loaded, type));
        return callback(AfterLoadCallback.class, loaded, type);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private <T> T callback(Class<? extends org.springframework.data.mapping.callback.EntityCallback> kind, T entity,
            Class<T> type) {
        return callbacks == null ? entity : (T) callbacks.callback((Class) kind, entity, type);
    }

    private void publish(TableTheoryMappingEvent<?> event) {
        if (publisher != null) {
            publisher.publishEvent(event);
        }
    }

    private <R> R translate(Supplier<R> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw translator.translate(e);
        }
    }
}
