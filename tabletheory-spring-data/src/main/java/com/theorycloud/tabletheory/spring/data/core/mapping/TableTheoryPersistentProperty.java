package com.theorycloud.tabletheory.spring.data.core.mapping;

import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.Version;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mapping.Association;
import org.springframework.data.mapping.PersistentEntity;
import org.springframework.data.mapping.model.AnnotationBasedPersistentProperty;
import org.springframework.data.mapping.model.Property;
import org.springframework.data.mapping.model.SimpleTypeHolder;
import org.springframework.util.ReflectionUtils;

/**
 * A property of a TableTheory entity as Spring Data sees it (for Spring Data REST, projections and other Spring
 * Data tooling): the partition key is the id property of models without a sort key, and the engine's
 * {@code @Version} is the version property.
 */
public class TableTheoryPersistentProperty extends AnnotationBasedPersistentProperty<TableTheoryPersistentProperty> {

    /** Creates the property; called by {@link TableTheoryMappingContext}. */
    public TableTheoryPersistentProperty(Property property, PersistentEntity<?, TableTheoryPersistentProperty> owner,
            SimpleTypeHolder simpleTypeHolder) {
        super(property, owner, simpleTypeHolder);
    }

    @Override
    public boolean isIdProperty() {
        return super.isIdProperty() || isAnnotationPresent(PartitionKey.class) && !ownerHasSortKey();
    }

    @Override
    public boolean isVersionProperty() {
        return super.isVersionProperty() || isAnnotationPresent(Version.class);
    }

    private boolean ownerHasSortKey() {
        boolean[] found = {false};
        ReflectionUtils.doWithFields(getOwner().getType(),
                field -> found[0] |= field.isAnnotationPresent(SortKey.class));
        return found[0];
    }

    @Override
    protected @Nullable Association<TableTheoryPersistentProperty> createAssociation() {
        return null;
    }
}
