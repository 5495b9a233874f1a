package com.theorycloud.tabletheory.spring.boot.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.theorycloud.tabletheory.TableTheory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kubernetes probe groups of docs/observability.md, over HTTP against the local DynamoDB: with the tables in the
 * readiness group a deleted table takes the instance out of service (readiness 503) while liveness stays 200; with
 * the tables in the liveness group (the page's ❌ example) the same table would make Kubernetes restart the pod.
 */
class HealthProbesEndToEndTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** docs/health-readiness.yml: the tables in the readiness group only. */
    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.location=classpath:/sample/application.yml,classpath:/docs/health-readiness.yml",
        "management.endpoint.health.probes.enabled=true" })
    class TablesInReadiness {

        @Autowired
        private TableTheory engine;

        @Value("${local.server.port}")
        private int port;

        @Test
        void aMissingTableFailsReadinessButNotLiveness() throws Exception {
            HttpResponse<String> ready = get(port, "/actuator/health/readiness");
            assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
            assertThat(JSON.readTree(ready.body()).path("components").path("tabletheory").path("status").asString())
                .isEqualTo("UP");

            engine.deleteTableIfExists(engine.schema(Customer.class));

            HttpResponse<String> notReady = get(port, "/actuator/health/readiness");
            assertThat(notReady.statusCode()).isEqualTo(503);
            JsonNode tables = JSON.readTree(notReady.body()).path("components").path("tabletheory");
            assertThat(tables.path("status").asString()).isEqualTo("DOWN");
            assertThat(tables.path("details").path("tables").path("customers").asString())
                .isEqualTo("table does not exist");

            HttpResponse<String> live = get(port, "/actuator/health/liveness");
            assertThat(live.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(live.body()).path("status").asString()).isEqualTo("UP");
            assertThat(JSON.readTree(live.body()).path("components").has("tabletheory")).isFalse();
        }
    }

    /** docs/health-liveness-incorrect.yml: the tables in the liveness group. */
    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.location=classpath:/sample/application.yml,classpath:/docs/health-liveness-incorrect.yml",
        "management.endpoint.health.probes.enabled=true" })
    class TablesInLiveness {

        @Autowired
        private TableTheory engine;

        @Value("${local.server.port}")
        private int port;

        @Test
        void aMissingTableFailsLivenessSoKubernetesWouldRestartThePod() throws Exception {
            assertThat(get(port, "/actuator/health/liveness").statusCode()).isEqualTo(200);

            engine.deleteTableIfExists(engine.schema(Customer.class));

            HttpResponse<String> dead = get(port, "/actuator/health/liveness");
            assertThat(dead.statusCode()).isEqualTo(503);
            assertThat(JSON.readTree(dead.body()).path("components").path("tabletheory").path("status").asString())
                .isEqualTo("DOWN");
        }
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
