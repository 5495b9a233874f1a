package com.theorycloud.tabletheory.annotation;

import com.theorycloud.tabletheory.model.NamingConvention;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a record or class as a TableTheory model stored in one DynamoDB table. Records are the preferred form;
 * classes need a no-argument constructor and setters (or non-final fields). The model is read, validated and compiled
 * once, when it is first used.
 *
 * <p>How property types are stored: {@code String}, {@code char}, enums (by name), {@code UUID}, {@code URI},
 * {@code LocalDate}, {@code LocalDateTime} and {@code Duration} (ISO-8601) as {@code S}; {@code Instant},
 * {@code OffsetDateTime} and {@code ZonedDateTime} as RFC 3339 {@code S} ({@code rfc3339nano}); primitives and their
 * boxes as {@code N} (booleans as {@code BOOL}); {@code BigDecimal} and {@code BigInteger} as exact {@code N}
 * ({@code decimal_string}, up to 38 digits); {@code byte[]} and {@code ByteBuffer} as {@code B}; {@code Set}s of
 * strings, numbers or byte arrays as {@code SS}/{@code NS}/{@code BS}; other collections as {@code L};
 * {@code Map<String, V>} and nested records or classes as {@code M}; {@code Optional<X>} as {@code X}, left out when
 * empty. Anything else needs {@link Convert}, {@link Json} or a converter registered with
 * {@code ItemCodecs.registerConverter}.
 *
 * <pre>{@code
 * @TableTheoryModel(table = "users")
 * public record User(@PartitionKey @Attribute("PK") String pk, @SortKey @Attribute("SK") String sk,
 *                    String email, @Version long version) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TableTheoryModel {

    /** The logical table name (before any environment prefix or suffix is applied). */
    String table();

    /** The model name; defaults to the simple class name. */
    String name() default "";

    /**
     * How property names become attribute names when no {@link Attribute} name is given: at most one convention, as
     * in {@code naming = NamingConvention.SNAKE_CASE}. Left empty, the model takes the engine's default convention
     * ({@code TableTheory.Builder.defaultNaming}, camelCase unless configured; {@code tabletheory.models.naming-convention}
     * in Spring Boot). Declare it on models shared with other runtimes, so that their item shape never depends on
     * configuration.
     */
    NamingConvention[] naming() default {};
}
