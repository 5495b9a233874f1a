package com.theorycloud.tabletheory.spring.data.repository.support;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.spring.data.core.mapping.TableTheoryEntity;

import org.jspecify.annotations.Nullable;
import org.springframework.data.repository.core.support.AbstractEntityInformation;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;
import org.springframework.util.ClassUtils;

/**
 * Entity information of a repository: turns ids into engine {@link Key}s and back. Supported id types are
 * {@link Key}, the partition key's type (models without a sort key), and a record whose two components are named
 * like the partition and sort key properties (models with a sort key), e.g. {@code record OrderId(String customerId,
 * String orderId)}. An unsupported id type is a startup error.
 *
 * @param <T>  the entity type
 * @param <ID> the id type
 */
public class TableTheoryEntityInformation<T, ID> extends AbstractEntityInformation<T, ID> {

    private final TableTheoryEntity<T> entity;
    private final Class<ID> idType;
    private final IdShape shape;
    private final @Nullable MethodHandle idConstructor;
    private final @Nullable MethodHandle partitionComponent;
    private final @Nullable MethodHandle sortComponent;

    private enum IdShape { KEY, PARTITION_VALUE, RECORD }

    /**
     * Entity information for a repository's id type.
     *
     * @throws IllegalStateException naming the model and the supported id types when the id type does not fit
     */
    public TableTheoryEntityInformation(TableTheoryEntity<T> entity, Class<ID> idType) {
        super(entity.type());
        this.entity = entity;
        this.idType = idType;
        MethodHandle constructor = null;
        MethodHandle partition = null;
        MethodHandle sort = null;
        if (idType == Key.class) {
            shape = IdShape.KEY;
        } else if (!entity.hasSortKey() && ClassUtils.resolvePrimitiveIfNecessary(propertyType(entity.type(),
                entity.partitionKeyProperty())).isAssignableFrom(ClassUtils.resolvePrimitiveIfNecessary(idType))) {
            shape = IdShape.PARTITION_VALUE;
        } else if (entity.hasSortKey() && idType.isRecord() && idType.getRecordComponents().length == 2) {
            shape = IdShape.RECORD;
            RecordComponent[] components = idType.getRecordComponents();
            try {
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                for (RecordComponent component : components) {
                    component.getAccessor().setAccessible(true);
                    if (component.getName().equals(entity.partitionKeyProperty())) {
                        partition = lookup.unreflect(component.getAccessor());
                    } else if (component.getName().equals(entity.sortKeyProperty())) {
                        sort = lookup.unreflect(component.getAccessor());
                    }
                }
                var ctor = idType.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                        .toArray(Class<?>[]::new));
                ctor.setAccessible(true);
                constructor = lookup.unreflectConstructor(ctor);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw unsupported(idType, e);
            }
            if (partition == null || sort == null) {
                throw unsupported(idType, null);
            }
            if (!components[0].getName().equals(entity.partitionKeyProperty())) {
                throw new IllegalStateException("Id type " + idType.getName() + " of model " + entity.name()
                        + " must declare the partition key component '" + entity.partitionKeyProperty()
                        + "' first and the sort key component '" + entity.sortKeyProperty() + "' second");
            }
        } else {
            throw unsupported(idType, null);
        }
        this.idConstructor = constructor;
        this.partitionComponent = partition;
        this.sortComponent = sort;
    }

    private IllegalStateException unsupported(Class<?> type, @Nullable Throwable cause) {
        String fits = entity.hasSortKey()
                ? "com.theorycloud.tabletheory.Key or a record with the components " + entity.partitionKeyProperty()
                        + " and " + entity.sortKeyProperty()
                : "the partition key's type (property " + entity.partitionKeyProperty() + ") or "
                        + "com.theorycloud.tabletheory.Key";
        return new IllegalStateException("Repository id type " + type.getName() + " does not fit model "
                + entity.name() + "; declare the repository with an id of " + fits, cause);
    }

    /** The engine model of the entity. */
    public TableTheoryEntity<T> getEntity() {
        return entity;
    }

    /** The engine key of an id. */
    public Key keyOf(ID id) {
        return switch (shape) {
            case KEY -> (Key) id;
            case PARTITION_VALUE -> Key.of(id);
            case RECORD -> Key.of(invoke(partitionComponent, id), invoke(sortComponent, id));
        };
    }

    @Override
    public ID getId(T instance) {
        return idOf(entity.keyOf(instance));
    }

    /**
     * The id of the item with the given engine key, whose values have the model's key types (as {@link #keyOf} and
     * the engine give them).
     *
     * @throws IllegalStateException when the id record cannot be created from the key's values
     */
    @SuppressWarnings("unchecked")
    public ID idOf(Key key) {
        return switch (shape) {
            case KEY -> (ID) key;
            case PARTITION_VALUE -> (ID) key.partition();
            case RECORD -> {
                try {
                    yield (ID) idConstructor.invoke(key.partition(), key.sort());
                } catch (Throwable e) {
                    throw new IllegalStateException("Cannot create id " + idType.getName() + ": " + e.getMessage(), e);
                }
            }
        };
    }

    /**
     * The id of the item whose key parts are given as text, e.g. from a URL: each part is converted to the id's
     * component type (the partition key's type, or the id record's components).
     *
     * @param partition  the partition key value as text
     * @param sort       the sort key value as text; {@code null} exactly when the model has no sort key
     * @param conversion converts each part from text
     * @throws IllegalArgumentException naming the model when the parts do not fit the model's key
     */
    @SuppressWarnings("unchecked")
    public ID idOf(String partition, @Nullable String sort, ConversionService conversion) {
        if (entity.hasSortKey() != (sort != null)) {
            throw new IllegalArgumentException("Model " + entity.name() + (entity.hasSortKey()
                    ? " needs a partition and a sort key value (" + entity.partitionKeyProperty() + ", "
                            + entity.sortKeyProperty() + ")"
                    : " has only a partition key (" + entity.partitionKeyProperty() + "), but a sort key was given"));
        }
        try {
            return switch (shape) {
                case KEY -> (ID) (sort == null
                        ? Key.of(convert(conversion, partition, propertyType(entity.type(),
                                entity.partitionKeyProperty())))
                        : Key.of(convert(conversion, partition, propertyType(entity.type(),
                                entity.partitionKeyProperty())), convert(conversion, sort,
                                        propertyType(entity.type(), entity.sortKeyProperty()))));
                case PARTITION_VALUE -> (ID) convert(conversion, partition, idType);
                case RECORD -> {
                    RecordComponent[] components = idType.getRecordComponents();
                    Object first = convert(conversion, partition, components[0].getType());
                    Object second = convert(conversion, sort, components[1].getType());
                    try {
                        yield (ID) idConstructor.invoke(first, second);
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Throwable e) {
                        throw new IllegalStateException("Cannot create id " + idType.getName() + ": "
                                + e.getMessage(), e);
                    }
                }
            };
        } catch (ConversionException e) {
            throw new IllegalArgumentException("Key value of model " + entity.name() + " does not fit id type "
                    + idType.getSimpleName() + ": " + e.getMostSpecificCause().getMessage(), e);
        }
    }

    private static Object convert(ConversionService conversion, @Nullable String text, Class<?> type) {
        Object value = conversion.convert(text, ClassUtils.resolvePrimitiveIfNecessary(type));
        if (value == null) {
            throw new IllegalArgumentException("Key value '" + text + "' converts to no " + type.getSimpleName());
        }
        return value;
    }

    @Override
    public Class<ID> getIdType() {
        return idType;
    }

    /** New when a versioned entity has no version yet (or 0); unversioned entities cannot tell and are never new. */
    @Override
    public boolean isNew(T entityInstance) {
        Number version = entity.versionOf(entityInstance);
        return entity.isVersioned() && (version == null || version.longValue() == 0);
    }

    private static Object invoke(@Nullable MethodHandle accessor, Object id) {
        try {
            Object value = accessor == null ? null : accessor.invoke(id);
            if (value == null) {
                throw new IllegalArgumentException("Id " + id + " has a null key component");
            }
            return value;
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot read id " + id + ": " + e.getMessage(), e);
        }
    }

    private static Class<?> propertyType(Class<?> type, String property) {
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals(property)) {
                    return component.getType();
                }
            }
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(property)) {
                    return field.getType();
                }
            }
        }
        return Object.class;
    }
}
