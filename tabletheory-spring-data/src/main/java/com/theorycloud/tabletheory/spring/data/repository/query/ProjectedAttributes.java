package com.theorycloud.tabletheory.spring.data.repository.query;

import java.util.ArrayList;
import java.util.List;

import com.theorycloud.tabletheory.spring.data.core.mapping.TableTheoryEntity;

import org.springframework.data.repository.query.ReturnedType;

/**
 * The stored attributes a method's return type needs: the input properties of an interface or DTO projection (a
 * {@code ProjectionExpression}), or everything for the entity itself.
 */
final class ProjectedAttributes {

    private ProjectedAttributes() {
    }

    /** The attributes to read; empty for whole items. */
    static List<String> of(TableTheoryQueryMethod method) {
        ReturnedType returned = method.getResultProcessor().getReturnedType();
        if (!returned.isProjecting() || !returned.hasInputProperties()) {
            return List.of();
        }
        TableTheoryEntity<?> entity = method.getEntity();
        List<String> attributes = new ArrayList<>();
        for (String property : returned.getInputProperties()) {
            attributes.add(entity.attributeOfProperty(property).orElseThrow(() -> new QueryMethodValidationException(
                    method.describe() + " returns " + returned.getReturnedType().getSimpleName() + " whose property '"
                            + property + "' is not a property of model " + entity.name() + "; rename it to one of "
                            + entity.properties())).name());
        }
        return attributes;
    }

    /** The attributes of explicitly named properties (from {@code @Query(projection = ...)}). */
    static List<String> ofProperties(TableTheoryQueryMethod method, String[] properties) {
        TableTheoryEntity<?> entity = method.getEntity();
        List<String> attributes = new ArrayList<>();
        for (String property : properties) {
            attributes.add(entity.attributeOfProperty(property).orElseThrow(() -> new QueryMethodValidationException(
                    method.describe() + ": @Query projection names '" + property + "', which is not a property of"
                            + " model " + entity.name() + "; use one of " + entity.properties())).name());
        }
        return attributes;
    }
}
