package com.theorycloud.tabletheory.spring.data.repository.query;

import java.lang.reflect.Constructor;
import java.util.List;

import com.theorycloud.tabletheory.spring.data.core.mapping.TableTheoryEntity;

import org.springframework.core.convert.converter.Converter;
import org.springframework.data.repository.query.ReturnedType;

/**
 * Builds DTO projections (classes and records that are not interfaces) from entities: the DTO's constructor is
 * called with the entity's values of the constructor's input properties.
 */
final class DtoProjections {

    private DtoProjections() {
    }

    /** A converter from entities to the returned DTO type, or {@code null} when the method returns no DTO. */
    @SuppressWarnings("unchecked")
    static <T> Converter<Object, Object> converter(TableTheoryEntity<T> entity, ReturnedType returned) {
        if (!returned.isDtoProjection() || !returned.hasInputProperties()) {
            return source -> source;
        }
        Class<?> dto = returned.getReturnedType();
        List<String> properties = returned.getInputProperties();
        Constructor<?> constructor = constructorOf(dto, properties.size());
        return source -> {
            if (!entity.type().isInstance(source)) {
                return source;
            }
            Object[] values = new Object[properties.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = entity.readProperty((T) source, properties.get(i));
            }
            try {
                return constructor.newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot create " + dto.getName() + " from " + entity.name() + ": "
                        + e.getMessage(), e);
            }
        };
    }

    private static Constructor<?> constructorOf(Class<?> dto, int parameters) {
        for (Constructor<?> constructor : dto.getDeclaredConstructors()) {
            if (constructor.getParameterCount() == parameters) {
                constructor.setAccessible(true);
                return constructor;
            }
        }
        throw new IllegalStateException("DTO " + dto.getName() + " has no constructor taking its " + parameters
                + " properties");
    }
}
