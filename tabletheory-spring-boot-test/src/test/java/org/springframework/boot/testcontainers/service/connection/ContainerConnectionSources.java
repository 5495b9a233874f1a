package org.springframework.boot.testcontainers.service.connection;

import java.util.Map;

import org.testcontainers.containers.Container;

import org.springframework.boot.origin.Origin;
import org.springframework.core.annotation.MergedAnnotation;

/**
 * Builds the {@link ContainerConnectionSource} Spring Boot builds for a {@code @ServiceConnection} container field, so
 * that TableTheory's factory can be tested image by image without a test class per image. The source's constructor is
 * package-private, hence this helper in Boot's package (test class path only).
 */
public final class ContainerConnectionSources {

    private ContainerConnectionSources() {
    }

    /**
     * The source for a {@code @Container @ServiceConnection} field holding {@code container}, its connection name
     * deduced from the image as Spring Boot does for fields.
     *
     * @param container the container
     * @return the source
     */
    public static ContainerConnectionSource<Container<?>> forField(Container<?> container) {
        return forField(container, "");
    }

    /**
     * The source for a {@code @Container @ServiceConnection(name = name)} field holding {@code container}.
     *
     * @param container the container
     * @param name the annotation's name, empty for none
     * @return the source
     */
    @SuppressWarnings("unchecked")
    public static ContainerConnectionSource<Container<?>> forField(Container<?> container, String name) {
        MergedAnnotation<ServiceConnection> annotation = MergedAnnotation.of(ServiceConnection.class,
                Map.of("name", name));
        Class<Container<?>> type = (Class<Container<?>>) container.getClass();
        return new ContainerConnectionSource<>("test", new Origin() {
        }, type, container.getDockerImageName(), annotation, () -> container, null, null);
    }
}
