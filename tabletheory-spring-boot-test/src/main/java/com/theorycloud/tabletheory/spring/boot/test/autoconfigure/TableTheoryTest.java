package com.theorycloud.tabletheory.spring.boot.test.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.theorycloud.tabletheory.spring.boot.autoconfigure.TableTheoryProperties.SchemaMode;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.OverrideAutoConfiguration;
import org.springframework.boot.test.context.PropertyMapping;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A test slice for code that uses TableTheory: starts only the TableTheory auto-configuration (client, models, engine)
 * on a local DynamoDB whose tables are created from the models, and none of the application's other components.
 * Use it to test persistence code fast and in isolation.
 *
 * <pre>{@code
 * @TableTheoryTest
 * class OrderStorageTests {
 *     @Autowired TableTheory tableTheory;
 *
 *     @Test
 *     void storesOrders() {
 *         tableTheory.table(Order.class).create(new Order("ORDER#1", "V1", "new", 0));
 *     }
 * }
 * }</pre>
 *
 * Components the test needs besides TableTheory come in with {@code @Import} or {@link #includeFilters()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@BootstrapWith(TableTheoryTestContextBootstrapper.class)
@ExtendWith(SpringExtension.class)
@OverrideAutoConfiguration(enabled = false)
@TypeExcludeFilters(TableTheoryTypeExcludeFilter.class)
@AutoConfigureTableTheory
@ImportAutoConfiguration
public @interface TableTheoryTest {

    /** Properties in {@code key=value} form added to the environment before the test runs. */
    String[] properties() default {};

    /**
     * Whether to start a local DynamoDB server (tabletheory.local.enabled); set to false to test against the
     * endpoint configured in {@code tabletheory.client.*}.
     */
    @PropertyMapping("tabletheory.local.enabled")
    boolean localDynamoDb() default true;

    /** What startup does about the models' tables (tabletheory.schema.mode); creates them by default. */
    @PropertyMapping("tabletheory.schema.mode")
    SchemaMode schemaMode() default SchemaMode.CREATE;

    /** Whether the default filters (none: the slice includes no components) apply. */
    boolean useDefaultFilters() default true;

    /** Filters that add components of the application to the slice. */
    Filter[] includeFilters() default {};

    /** Filters that keep components out of the slice. */
    Filter[] excludeFilters() default {};

    /** Auto-configurations to leave out of the slice. */
    @AliasFor(annotation = ImportAutoConfiguration.class, attribute = "exclude")
    Class<?>[] excludeAutoConfiguration() default {};
}
