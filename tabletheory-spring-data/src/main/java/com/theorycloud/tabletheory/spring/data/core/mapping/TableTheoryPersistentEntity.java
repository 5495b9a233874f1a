package com.theorycloud.tabletheory.spring.data.core.mapping;

import org.jspecify.annotations.Nullable;
import org.springframework.data.core.TypeInformation;
import org.springframework.data.mapping.IdentifierAccessor;
import org.springframework.data.mapping.model.BasicPersistentEntity;

/**
 * A TableTheory entity as Spring Data sees it. For models with a sort key the identifier is the composite
 * {@link com.theorycloud.tabletheory.Key} (partition and sort value), since no single property is the id.
 *
 * @param <T> the entity type
 */
public class TableTheoryPersistentEntity<T> extends BasicPersistentEntity<T, TableTheoryPersistentProperty> {

    private final @Nullable TableTheoryEntity<T> model;

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
