package com.theorycloud.tabletheory.spring.data.core.mapping;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

import com.theorycloud.tabletheory.Key;

import org.jspecify.annotations.Nullable;
import org.springframework.data.core.TypeInformation;
import org.springframework.data.mapping.model.Property;
import org.springframework.data.mapping.model.SimpleTypeHolder;

/**
 * The identifier of a model with a sort key as Spring Data tooling asks for it ({@code getRequiredIdProperty()}):
 * the item's {@link Key}, made of two real properties. It is not one of the entity's properties (so JSON, ALPS and
 * JSON schema are unchanged); reading it gives the item's key and setting it sets both key properties, through the
 * accessor of {@link TableTheoryPersistentEntity#getPropertyAccessor(Object)}. Spring Data REST needs it to replace
 * or patch an item found by its URL id.
 */
final class CompositeKeyProperty extends TableTheoryPersistentProperty {

    private static final TypeInformation<Key> KEY = TypeInformation.of(Key.class);

    private final String name;

    /**
     * @param partitionKey the partition key property's field, which only anchors Spring Data's property model; the
     *                     name, type and access of this property are its own
     */
    CompositeKeyProperty(TableTheoryPersistentEntity<?> owner, Field partitionKey, String partitionProperty,
            String sortProperty) {
        super(Property.of(owner.getTypeInformation(), partitionKey), owner, SimpleTypeHolder.DEFAULT);
        this.name = partitionProperty + "," + sortProperty;
    }

    @Override
    public String getName() {
        // Spring Data's constructor asks for the name before this class has set it.
        @Nullable String own = name;
        return own != null ? own : super.getName();
    }

    @Override
    public Class<?> getType() {
        return Key.class;
    }

    @Override
    public Class<?> getRawType() {
        return Key.class;
    }

    @Override
    public Class<?> getActualType() {
        return Key.class;
    }

    @Override
    public TypeInformation<?> getTypeInformation() {
        return KEY;
    }

    @Override
    protected TypeInformation<?> getActualTypeInformation() {
        return KEY;
    }

    @Override
    public boolean isIdProperty() {
        return true;
    }

    @Override
    public boolean isVersionProperty() {
        return false;
    }

    @Override
    public boolean isEntity() {
        return false;
    }

    @Override
    public boolean isWritable() {
        return true;
    }

    @Override
    public boolean isReadable() {
        return true;
    }

    @Override
    public boolean isImmutable() {
        return false;
    }

    @Override
    public boolean usePropertyAccess() {
        return false;
    }

    @Override
    public @Nullable Field getField() {
        return null;
    }

    @Override
    public @Nullable Method getGetter() {
        return null;
    }

    @Override
    public @Nullable Method getSetter() {
        return null;
    }

    @Override
    public @Nullable Method getWither() {
        return null;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "composite key (" + name + ") of " + getOwner().getName();
    }
}
