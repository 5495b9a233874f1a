package com.theorycloud.tabletheory.spring.boot.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the sample web application from its application.yml against the local DynamoDB and looks at it the way an
 * operator would: through a repository and the engine, {@code /actuator/health} and {@code /actuator/metrics}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.location=classpath:/sample/application.yml")
class SampleApplicationEndToEndTests {

    private final HttpClient http = HttpClient.newHttpClient();

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    private TableTheory engine;

    @Autowired
    private CustomerRepository repository;

    @Value("${local.server.port}")
    private int port;

    @Test
    void usesARepositoryReportsHealthAndPublishesOperationMetrics() throws Exception {
        Table<Customer> customers = engine.table(Customer.class);
        customers.create(new Customer("CUSTOMER#1", "PROFILE", "ada@example.com", 0));
        assertThat(customers.get(Key.of("CUSTOMER#1", "PROFILE")).email()).isEqualTo("ada@example.com");

        Customer saved = repository.save(new Customer("CUSTOMER#2", "PROFILE", "grace@example.org", 0));
        assertThat(saved.version()).isZero();
        saved = repository.save(new Customer("CUSTOMER#2", "PROFILE", "grace@example.com", saved.version()));
        assertThat(saved.version()).isEqualTo(1);
        assertThat(repository.findById(Key.of("CUSTOMER#2", "PROFILE"))).map(Customer::email)
            .hasValue("grace@example.com");
        assertThat(repository.findByEmail("ada@example.com")).map(Customer::pk).hasValue("CUSTOMER#1");

        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode tabletheory = json.readTree(health.body()).path("components").path("tabletheory");
        assertThat(tabletheory.path("status").asString()).isEqualTo("UP");
        assertThat(tabletheory.path("details").path("tables").path("customers").asString()).isEqualTo("ACTIVE");

        HttpResponse<String> metrics = get("/actuator/metrics");
        assertThat(json.readTree(metrics.body()).path("names").toString()).contains("\"tabletheory.operation\"",
                "\"tabletheory.consumed.capacity\"");
        HttpResponse<String> creates = get("/actuator/metrics/tabletheory.operation?tag=operation:create"
                + "&tag=model:Customer&tag=table:customers&tag=outcome:success&tag=index:none");
        assertThat(creates.statusCode()).isEqualTo(200);
        JsonNode count = json.readTree(creates.body()).path("measurements").get(0);
        assertThat(count.path("statistic").asString()).isEqualTo("COUNT");
        // The engine's create and the repository's first save of a new (version 0) customer.
        assertThat(count.path("value").asDouble()).isEqualTo(2.0);
        HttpResponse<String> indexQueries = get("/actuator/metrics/tabletheory.operation?tag=operation:query"
                + "&tag=model:Customer&tag=index:byEmail&tag=outcome:success");
        assertThat(indexQueries.statusCode()).isEqualTo(200);
        assertThat(json.readTree(indexQueries.body()).path("measurements").get(0).path("value").asDouble())
            .isEqualTo(1.0);

        engine.deleteTableIfExists(customers.schema());

        HttpResponse<String> down = get("/actuator/health");
        assertThat(down.statusCode()).isEqualTo(503);
        JsonNode downDetails = json.readTree(down.body()).path("components").path("tabletheory");
        assertThat(downDetails.path("status").asString()).isEqualTo("DOWN");
        assertThat(downDetails.path("details").path("tables").path("customers").asString())
            .isEqualTo("table does not exist");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
