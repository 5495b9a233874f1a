package com.theorycloud.tabletheory.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a {@code List} or other collection as a DynamoDB set ({@code SS}, {@code NS} or {@code BS}, chosen by the
 * element type) instead of a list. Properties declared as {@code Set} are stored as sets without it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface DynamoSet {}
