package com.theorycloud.tabletheory.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the modification timestamp (DMS role {@code updated_at}): refreshed by the engine on every write and stored
 * as an RFC 3339 string with nanoseconds. Use on {@code Instant}, {@code OffsetDateTime} or {@code ZonedDateTime}.
 * As in the other runtimes, a time property named {@code updatedAt} gets this role without the annotation unless
 * another property carries it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface UpdatedAt {}
