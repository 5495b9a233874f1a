package com.theorycloud.tabletheory.model.internal;

import com.theorycloud.tabletheory.model.NamingConvention;
import java.lang.reflect.Type;

/**
 * Chooses the converter of one property while a structure is read. Implemented by the codec compiler
 * ({@code mapping.internal.ConverterResolver}), which reads the structure of nested types through
 * {@link StructureReader} again; passing it in keeps structure reading free of a dependency on the converters.
 */
@FunctionalInterface
public interface PropertyConverters {

    /**
     * The converter of a property.
     *
     * @param type     the property's value type ({@code Optional} unwrapped)
     * @param flags    what the property's annotations ask of its conversion
     * @param naming   the naming convention of the model, for nested structures
     * @param model    the model name, for messages
     * @param property the property name, for messages
     * @throws com.theorycloud.tabletheory.error.InvalidModelException when no converter fits
     */
    ResolvedConverter resolve(Type type, PropertyFlags flags, NamingConvention naming, String model, String property);
}
