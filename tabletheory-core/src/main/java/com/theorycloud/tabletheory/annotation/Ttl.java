package com.theorycloud.tabletheory.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the expiry time DynamoDB's TTL reads (DMS role {@code ttl}), stored as epoch seconds in an {@code N}. Use on
 * {@code Instant}, {@code OffsetDateTime}, {@code ZonedDateTime}, or a {@code long}/{@code Long} already holding epoch
 * seconds; add {@link OmitEmpty} so a zero or absent expiry is not stored.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Ttl {}
