package com.theorycloud.tabletheory.local;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a JUnit 5 test class (or method) that runs against {@link LocalDynamoDb#shared()}: test methods, lifecycle
 * methods and constructors may declare {@link LocalDynamoDb}, {@code DynamoDbClient} and {@link TestTables}
 * parameters. Shorthand for {@code @ExtendWith(LocalDynamoDbExtension.class)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ExtendWith(LocalDynamoDbExtension.class)
public @interface LocalDynamoDbTest {}
