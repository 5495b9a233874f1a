package com.theorycloud.tabletheory.annotation;

import com.theorycloud.tabletheory.mapping.AttributeConverter;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a property with a custom {@link AttributeConverter} instead of the built-in conversion for its type. The
 * converter needs a public no-argument constructor; one instance is created per model and shared.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Convert {

    /** The converter class; its type argument must be the property's type. */
    @SuppressWarnings("rawtypes")
    Class<? extends AttributeConverter> value();
}
