package com.theorycloud.tabletheory.spring.boot.test.testcontainers;

import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.local.LocalDynamoDbOptions;
import org.jspecify.annotations.Nullable;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A stand-in for a DynamoDB container on a machine without Docker: {@link #start()} starts a dynalite with
 * {@link LocalDynamoDb} instead of a container, and the host and mapped port are that server's. Everything Spring Boot
 * and the Testcontainers JUnit extension call without Docker is left as it is; the methods that would reach Docker are
 * the ones overridden: {@code getDockerImageName()} (which pulls the image), {@code isRunning()}, {@code getHost()},
 * {@code getMappedPort(int)}, {@code start()} and {@code stop()}.
 */
public class DynaliteBackedContainer extends GenericContainer<DynaliteBackedContainer> {

    private final String imageName;

    private @Nullable LocalDynamoDb server;

    private int starts;

    /**
     * A container that looks like one of {@code imageName}, exposing {@code exposedPort}.
     *
     * @param imageName the image it claims to run
     * @param exposedPort the container port it claims to expose
     */
    public DynaliteBackedContainer(String imageName, int exposedPort) {
        super(DockerImageName.parse(imageName));
        this.imageName = imageName;
        withExposedPorts(exposedPort);
    }

    /** An amazon/dynamodb-local container exposing DynamoDB Local's port 8000. */
    public static DynaliteBackedContainer dynamoDbLocal() {
        return new DynaliteBackedContainer("amazon/dynamodb-local:2.6.1", 8000);
    }

    @Override
    public synchronized void start() {
        if (this.server == null) {
            this.server = LocalDynamoDb.start(LocalDynamoDbOptions.defaults());
            this.starts++;
        }
    }

    @Override
    public synchronized void stop() {
        LocalDynamoDb running = this.server;
        this.server = null;
        if (running != null) {
            running.close();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return this.server != null;
    }

    @Override
    public String getDockerImageName() {
        return this.imageName;
    }

    @Override
    public String getHost() {
        return server().endpoint().getHost();
    }

    @Override
    public Integer getMappedPort(int originalPort) {
        if (!getExposedPorts().contains(originalPort)) {
            throw new IllegalArgumentException("Requested port (" + originalPort + ") is not mapped");
        }
        return server().endpoint().getPort();
    }

    /** The dynalite behind this container, to check that requests reached it. */
    public synchronized LocalDynamoDb server() {
        LocalDynamoDb running = this.server;
        if (running == null) {
            throw new IllegalStateException("Container " + this.imageName + " is not started");
        }
        return running;
    }

    /** How many times {@link #start()} started a server. */
    public synchronized int starts() {
        return this.starts;
    }
}
