package com.theorycloud.tabletheory.spring.data.core.mapping;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.mapping.ItemCodec;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.ItemCodecs;
import com.theorycloud.tabletheory.model.AttributeRole;

import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.core.TypeInformation;
import org.springframework.data.mapping.context.AbstractMappingContext;
import org.springframework.data.mapping.model.Property;
import org.springframework.data.mapping.model.SimpleTypeHolder;

/**
 * Builds and caches the {@link TableTheoryEntity} of each entity type, from the engine's annotation model
 * ({@code ItemCodecs.forClass}) unless a codec was registered for the type. It is also a Spring Data
 * {@link org.springframework.data.mapping.context.MappingContext}, so Spring Data tooling (Spring Data REST,
 * projections) can inspect entities. Thread-safe; one per application.
 */
public class TableTheoryMappingContext
        extends AbstractMappingContext<TableTheoryPersistentEntity<?>, TableTheoryPersistentProperty> {

    /** Types stored as one attribute, never inspected as nested entities. */
    private static final Set<Class<?>> SIMPLE_TYPES = Set.of(Instant.class, OffsetDateTime.class,
            ZonedDateTime.class, LocalDate.class, LocalDateTime.class, LocalTime.class, Duration.class, UUID.class,
            BigDecimal.class, BigInteger.class, byte[].class, URI.class);

    private final Map<Class<?>, TableTheoryEntity<?>> entities = new ConcurrentHashMap<>();
    private final Map<Class<?>, ItemCodec<?>> codecs = new ConcurrentHashMap<>();
    private final Function<Class<?>, ItemCodec<?>> codecFactory;

    /** A context reading annotated models with the engine's bean codec. */
    public TableTheoryMappingContext() {
        this(ItemCodecs::forClass);
    }

    /**
     * A context reading annotated models as the given engine does, under its default naming convention
     * ({@link TableTheory#codec(Class)}).
     */
    public TableTheoryMappingContext(TableTheory engine) {
        this(engine::codec);
    }

    /** A context creating codecs with the given factory, e.g. to read models from DMS documents. */
    public TableTheoryMappingContext(Function<Class<?>, ItemCodec<?>> codecFactory) {
        this.codecFactory = codecFactory;
        setSimpleTypeHolder(new SimpleTypeHolder(SIMPLE_TYPES, true));
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected <T> TableTheoryPersistentEntity<?> createPersistentEntity(TypeInformation<T> typeInformation) {
        Class<T> type = typeInformation.getType();
        TableTheoryEntity<T> model = type.isAnnotationPresent(TableTheoryModel.class) || codecs.containsKey(type)
                ? entity(type) : null;
        return new TableTheoryPersistentEntity(typeInformation, model);
    }

    @Override
    protected TableTheoryPersistentProperty createPersistentProperty(Property property,
            TableTheoryPersistentEntity<?> owner, SimpleTypeHolder simpleTypeHolder) {
        return new TableTheoryPersistentProperty(property, owner, simpleTypeHolder);
    }

    /** Uses the given codec for a type instead of the default one; call before the type is first used. */
    public <T> TableTheoryMappingContext register(Class<T> type, ItemCodec<T> codec) {
        codecs.put(type, codec);
        return this;
    }

    /**
     * The entity of a type, built on first use.
     *
     * @throws com.theorycloud.tabletheory.error.InvalidModelException when the type is not a valid model
     */
    @SuppressWarnings("unchecked")
    public <T> TableTheoryEntity<T> entity(Class<T> type) {
        return (TableTheoryEntity<T>) entities.computeIfAbsent(type, this::build);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private TableTheoryEntity<?> build(Class<?> type) {
        ItemCodec<?> codec = codecs.computeIfAbsent(type, codecFactory);
        TableTheoryEntity<?> entity = new TableTheoryEntity(type, codec);
        checkAuditingAnnotations(entity);
        return entity;
    }

    /**
     * Spring's auditing annotations are accepted only on the engine's lifecycle attributes, which the engine fills
     * itself: a {@code @CreatedDate} anywhere else would silently never be set.
     */
    private static void checkAuditingAnnotations(TableTheoryEntity<?> entity) {
        // Record components pass FIELD/METHOD annotations such as @CreatedDate on to their fields.
        Class<?> type = entity.type();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                checkAuditing(entity, field.getName(), field.isAnnotationPresent(CreatedDate.class),
                        field.isAnnotationPresent(LastModifiedDate.class));
            }
        }
    }

    private static void checkAuditing(TableTheoryEntity<?> entity, String property, boolean created,
            boolean modified) {
        if (created) {
            requireRole(entity, property, AttributeRole.CREATED_AT, "@CreatedDate", "@CreatedAt");
        }
        if (modified) {
            requireRole(entity, property, AttributeRole.UPDATED_AT, "@LastModifiedDate", "@UpdatedAt");
        }
    }

    private static void requireRole(TableTheoryEntity<?> entity, String property, AttributeRole role,
            String springAnnotation, String engineAnnotation) {
        boolean ok = entity.attributeOfProperty(property).map(a -> a.hasRole(role)).orElse(false);
        if (!ok) {
            throw new IllegalStateException("Model " + entity.name() + ": property '" + property + "' has "
                    + springAnnotation + " but TableTheory sets lifecycle timestamps itself; add " + engineAnnotation
                    + " to the property (the engine then fills it on every write)");
        }
    }

}
