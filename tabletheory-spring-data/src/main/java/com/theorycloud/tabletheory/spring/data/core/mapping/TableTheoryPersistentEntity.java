package com.theorycloud.tabletheory.spring.data.core.mapping;

import java.lang.reflect.Field;

import org.jspecify.annotations.Nullable;
import org.springframework.data.core.TypeInformation;
import org.springframework.data.mapping.IdentifierAccessor;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.mapping.model.BasicPersistentEntity;
import org.springframework.data.util.Lazy;
import org.springframework.util.ReflectionUtils;

/**
 * A TableTheory entity as Spring Data sees it. For models with a sort key the identifier is the composite
 * {@link com.theorycloud.tabletheory.Key} (partition and sort value), since no single property is the id: the id
 * property Spring Data tooling asks for is then a synthetic property of type {@code Key}, not listed among the
 * entity's properties, which property accessors read as the item's key and write by setting both key properties.
 *
 * @param <T> the entity type
 */
public class TableTheoryPersistentEntity<T> extends BasicPersistentEntity<T, TableTheoryPersistentProperty> {

    private final @Nullable TableTheoryEntity<T> model;
    private final Lazy<@Nullable CompositeKeyProperty> compositeKey = Lazy.of(this::createCompositeKey);

    /**
     * Creates the entity.
     *
     * @param information the type
     * @param model       the engine model when the type is a TableTheory model, else {@code null} (nested types)
     */
    public TableTheoryPersistentEntity(TypeInformation<T> information, @Nullable TableTheoryEntity<T> model) {
        super(information);
        this.model = model;
    }

    /** The engine model, or {@code null} for types that are only nested in models. */
    public @Nullable TableTheoryEntity<T> getModel() {
        return model;
    }

    /** The engine model; fails for types that are only nested in models. */
    TableTheoryEntity<T> requiredModel() {
        TableTheoryEntity<T> entity = model;
        if (entity == null) {
            throw new IllegalStateException(getType().getName() + " is not a TableTheory model");
        }
        return entity;
    }

    /** The partition key property, or for models with a sort key the synthetic {@code Key} property. */
    @Override
    public @Nullable TableTheoryPersistentProperty getIdProperty() {
        CompositeKeyProperty composite = compositeKey.getNullable();
        return composite != null ? composite : super.getIdProperty();
    }

    @Override
    public boolean hasIdProperty() {
        return getIdProperty() != null;
    }

    @Override
    public <B> PersistentPropertyAccessor<B> getPropertyAccessor(B bean) {
        PersistentPropertyAccessor<B> accessor = super.getPropertyAccessor(bean);
        CompositeKeyProperty composite = compositeKey.getNullable();
        return composite == null ? accessor : new CompositeKeyAccessor<>(accessor, this, composite);
    }

    private @Nullable CompositeKeyProperty createCompositeKey() {
        TableTheoryEntity<T> entity = model;
        String sortProperty = entity == null ? null : entity.sortKeyProperty();
        if (entity == null || sortProperty == null) {
            return null;
        }
        Field partitionField = ReflectionUtils.findField(getType(), entity.partitionKeyProperty());
        if (partitionField == null) {
            return null;
        }
        return new CompositeKeyProperty(this, partitionField, entity.partitionKeyProperty(), sortProperty);
    }

    /** Records are immutable: tools such as Spring Data REST replace them instead of setting their properties. */
    @Override
    public boolean isImmutable() {
        return super.isImmutable() || getType().isRecord();
    }

    @Override
    @SuppressWarnings("unchecked")
    public IdentifierAccessor getIdentifierAccessor(Object bean) {
        TableTheoryEntity<T> entity = model;
        if (entity == null || !entity.hasSortKey()) {
            return super.getIdentifierAccessor(bean);
        }
        return () -> entity.keyOf((T) bean);
    }
}
