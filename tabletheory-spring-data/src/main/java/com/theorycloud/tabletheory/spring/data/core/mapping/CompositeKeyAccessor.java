package com.theorycloud.tabletheory.spring.data.core.mapping;

import com.theorycloud.tabletheory.Key;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mapping.PersistentProperty;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.util.ClassUtils;

/**
 * Reads and writes a model's {@link CompositeKeyProperty} through its two key properties; every other property goes
 * to Spring Data's own accessor (which, for records, creates a new instance per change).
 *
 * @param <B> the bean type
 */
final class CompositeKeyAccessor<B> implements PersistentPropertyAccessor<B> {

    private final PersistentPropertyAccessor<B> delegate;
    private final TableTheoryPersistentEntity<?> entity;
    private final CompositeKeyProperty key;

    CompositeKeyAccessor(PersistentPropertyAccessor<B> delegate, TableTheoryPersistentEntity<?> entity,
            CompositeKeyProperty key) {
        this.delegate = delegate;
        this.entity = entity;
        this.key = key;
    }

    @Override
    public void setProperty(PersistentProperty<?> property, @Nullable Object value) {
        if (property != key) {
            delegate.setProperty(property, value);
            return;
        }
        TableTheoryEntity<?> model = entity.requiredModel();
        if (!(value instanceof Key given) || given.sort() == null) {
            throw new IllegalArgumentException("Model " + model.name() + ": the id of an item is its Key of "
                    + model.partitionKeyProperty() + " and " + model.sortKeyProperty() + ", not " + value);
        }
        set(model, model.partitionKeyProperty(), given.partition());
        set(model, String.valueOf(model.sortKeyProperty()), given.sort());
    }

    private void set(TableTheoryEntity<?> model, String name, @Nullable Object value) {
        TableTheoryPersistentProperty property = entity.getRequiredPersistentProperty(name);
        if (value != null && !ClassUtils.isAssignableValue(property.getType(), value)) {
            throw new IllegalArgumentException("Model " + model.name() + ": key property '" + name + "' is of type "
                    + property.getType().getName() + ", but the key holds a " + value.getClass().getName());
        }
        delegate.setProperty(property, value);
    }

    @Override
    @SuppressWarnings("unchecked")
    public @Nullable Object getProperty(PersistentProperty<?> property) {
        if (property != key) {
            return delegate.getProperty(property);
        }
        return ((TableTheoryEntity<Object>) entity.requiredModel()).keyOf(delegate.getBean());
    }

    @Override
    public B getBean() {
        return delegate.getBean();
    }
}
