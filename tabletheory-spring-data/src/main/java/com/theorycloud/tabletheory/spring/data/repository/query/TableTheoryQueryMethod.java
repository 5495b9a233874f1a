package com.theorycloud.tabletheory.spring.data.repository.query;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.theorycloud.tabletheory.spring.data.annotation.AllowScan;
import com.theorycloud.tabletheory.spring.data.annotation.Query;
import com.theorycloud.tabletheory.spring.data.core.mapping.TableTheoryEntity;

import org.jspecify.annotations.Nullable;
import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.query.DefaultParameters;
import org.springframework.data.repository.query.QueryMethod;

/**
 * A repository query method with what TableTheory needs to plan it: the entity model, the {@link Query} and
 * {@link AllowScan} annotations, and a readable signature for startup errors.
 */
public class TableTheoryQueryMethod extends QueryMethod {

    private final Method method;
    private final TableTheoryEntity<?> entity;
    private final @Nullable Query query;
    private final boolean scanAllowed;

    /** Describes one repository method. */
    public TableTheoryQueryMethod(Method method, RepositoryMetadata metadata, ProjectionFactory factory,
            TableTheoryEntity<?> entity) {
        super(method, metadata, factory, DefaultParameters::new);
        this.method = method;
        this.entity = entity;
        this.query = method.getAnnotation(Query.class);
        this.scanAllowed = method.isAnnotationPresent(AllowScan.class);
    }

    /** The entity model the method reads. */
    public TableTheoryEntity<?> getEntity() {
        return entity;
    }

    /** The explicit query, or {@code null} for a derived query. */
    public @Nullable Query getQueryAnnotation() {
        return query;
    }

    /** Whether the method accepts a full table scan. */
    public boolean isScanAllowed() {
        return scanAllowed;
    }

    /** The Java return type of the method. */
    public Class<?> getReturnType() {
        return method.getReturnType();
    }

    /** {@code Repository.method(ParamType, ...)}, for messages. */
    public String describe() {
        List<String> parameters = Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).toList();
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
                + parameters.stream().collect(Collectors.joining(", ")) + ")";
    }
}
