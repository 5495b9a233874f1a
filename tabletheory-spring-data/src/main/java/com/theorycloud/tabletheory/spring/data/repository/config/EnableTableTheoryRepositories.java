package com.theorycloud.tabletheory.spring.data.repository.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.theorycloud.tabletheory.spring.data.repository.support.TableTheoryRepositoryFactoryBean;

import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Import;
import org.springframework.data.repository.config.BootstrapMode;
import org.springframework.data.repository.config.DefaultRepositoryBaseClass;
import org.springframework.data.repository.query.QueryLookupStrategy;

/**
 * Scans for TableTheory repository interfaces and creates a bean for each, validating every query method at
 * startup. Needs a {@code TableTheory} engine bean (or a {@code TableTheoryTemplate} bean, which wins).
 *
 * <pre>{@code
 * @Configuration
 * @EnableTableTheoryRepositories(basePackageClasses = OrderRepository.class)
 * class DataConfig {
 *     @Bean TableTheory tableTheory(DynamoDbClient client) { return TableTheory.builder().client(client).build(); }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Import(TableTheoryRepositoriesRegistrar.class)
public @interface EnableTableTheoryRepositories {

    /** Alias of {@link #basePackages()}. */
    String[] value() default {};

    /** Packages to scan; the annotated class's package when empty. */
    String[] basePackages() default {};

    /** Type-safe alternative to {@link #basePackages()}: the packages of these classes are scanned. */
    Class<?>[] basePackageClasses() default {};

    /** Only interfaces matching these filters become repositories. */
    Filter[] includeFilters() default {};

    /** Interfaces matching these filters are skipped. */
    Filter[] excludeFilters() default {};

    /** The postfix of custom fragment implementations ({@code OrderRepositoryImpl}). */
    String repositoryImplementationPostfix() default "Impl";

    /** Unused: TableTheory has no named queries; kept for Spring Data's configuration contract. */
    String namedQueriesLocation() default "";

    /** Unused: every method is planned from its name or {@code @Query}; kept for Spring Data's contract. */
    QueryLookupStrategy.Key queryLookupStrategy() default QueryLookupStrategy.Key.CREATE_IF_NOT_FOUND;

    /** The factory bean creating each repository. */
    Class<?> repositoryFactoryBeanClass() default TableTheoryRepositoryFactoryBean.class;

    /** A custom base class for repositories (extend {@code SimpleTableTheoryRepository}). */
    Class<?> repositoryBaseClass() default DefaultRepositoryBaseClass.class;

    /** The name of the {@code TableTheoryOperations} bean; registered from {@link #tableTheoryRef()} if absent. */
    String tableTheoryTemplateRef() default "tableTheoryTemplate";

    /** The name of the {@code TableTheory} engine bean used when no template bean exists. */
    String tableTheoryRef() default "tableTheory";

    /** Whether repository interfaces nested in other classes are found too. */
    boolean considerNestedRepositories() default false;

    /** When repositories are created; the default creates (and validates) them at startup. */
    BootstrapMode bootstrapMode() default BootstrapMode.DEFAULT;
}
