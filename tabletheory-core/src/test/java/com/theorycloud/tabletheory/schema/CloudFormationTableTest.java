package com.theorycloud.tabletheory.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.TableNameResolver;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.model.dms.ContractDirectory;
import com.theorycloud.tabletheory.model.dms.DmsLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class CloudFormationTableTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void exportsEveryContractModelAsTheCheckedInTemplate() throws IOException {
        CloudFormationTemplate template = CloudFormationTemplate.of(contractModels());

        assertThat(JSON.readTree(template.toJson())).isEqualTo(expected("cloudformation/contract-models.template.json"));
    }

    @Test
    void exportsKeysIndexesTtlAndOnDemandBilling() throws IOException {
        ObjectNode properties = CloudFormationTable.of(model("Order")).properties();

        assertThat(properties).isEqualTo(expected("cloudformation/contract-models.template.json")
                .get("Resources").get("OrdersContractTable").get("Properties"));
        assertThat(properties.get("BillingMode").asString()).isEqualTo("PAY_PER_REQUEST");
        assertThat(properties.get("TimeToLiveSpecification").get("AttributeName").asString()).isEqualTo("ttl");
        assertThat(properties.has("ProvisionedThroughput")).isFalse();
    }

    @Test
    void modelsSharingATableShareOneResourceWithAllIndexesAndTheTtl() {
        CloudFormationTemplate template = CloudFormationTemplate.of(
                List.of(model("ReleaseStateActual"), model("ReleaseStateEvent")), m -> "prod-" + m.tableName());

        assertThat(template.tables()).singleElement().satisfies(table -> {
            assertThat(table.logicalId()).isEqualTo("ProdReleaseStateContractTable");
            assertThat(table.ttlAttribute()).isEqualTo("ttl");
            assertThat(table.definition().tableName()).isEqualTo("prod-release_state_contract");
        });
    }

    @Test
    void rejectsModelsSharingATableWithDifferentKeys() {
        assertThatThrownBy(() -> CloudFormationTemplate.of(List.of(model("User"), model("SnakeCaseRecord")),
                m -> "shared"))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("User and SnakeCaseRecord share table shared");
    }

    @Test
    void provisionedBillingSetsCapacityOnTheTableAndEveryGlobalIndex() {
        ObjectNode properties = CloudFormationTable.of(model("Order"), "prod-orders")
                .withProvisionedThroughput(5, 2).properties();

        assertThat(properties.get("TableName").asString()).isEqualTo("prod-orders");
        assertThat(properties.get("BillingMode").asString()).isEqualTo("PROVISIONED");
        assertThat(properties.get("ProvisionedThroughput").toString())
                .isEqualTo("{\"ReadCapacityUnits\":5,\"WriteCapacityUnits\":2}");
        assertThat(properties.get("GlobalSecondaryIndexes").get(0).get("ProvisionedThroughput"))
                .isEqualTo(properties.get("ProvisionedThroughput"));
    }

    @Test
    void modelWithoutTtlHasNoTimeToLiveSpecification() {
        assertThat(CloudFormationTable.of(model("NumberPrecision")).properties().has("TimeToLiveSpecification"))
                .isFalse();
    }

    @Test
    void engineExportsUnderItsPhysicalTableNames() {
        // The client is never called: exporting only reads the models.
        try (DynamoDbClient client = DynamoDbClient.builder().region(Region.US_EAST_1)
                .credentialsProvider(AnonymousCredentialsProvider.create()).build()) {
            TableTheory engine = TableTheory.builder().client(client)
                    .tableNameResolver(TableNameResolver.prefix("prod-")).build();

            assertThat(engine.cloudFormationTable(model("Order")).definition().tableName())
                    .isEqualTo("prod-orders_contract");
            assertThat(engine.cloudFormationTemplate(List.of(model("User"), model("StructuredProfileUser"))).tables())
                    .extracting(CloudFormationTable::logicalId).containsExactly("ProdUsersContractTable");
        }
    }

    @Test
    void rejectsCapacityBelowOne() {
        assertThatThrownBy(() -> CloudFormationTable.of(model("User")).withProvisionedThroughput(0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }

    @Test
    void rejectsTwoTablesWithOneLogicalId() {
        CloudFormationTable users = CloudFormationTable.of(model("User"));


        assertThatThrownBy(() -> new CloudFormationTemplate(List.of(users, users)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UsersContractTable");
    }

    private static JsonNode expected(String resource) throws IOException {
        try (InputStream in = CloudFormationTableTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return JSON.readTree(in);
        }
    }

    private static ModelSchema model(String name) {
        return contractModels().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<ModelSchema> contractModels() {
        List<ModelSchema> models = new ArrayList<>();
        try (Stream<Path> files = Files.list(ContractDirectory.resolve("dms/v0.2/models"))) {
            // user.yml repeats StructuredProfileUser from its own file; one table per model name.
            files.sorted().flatMap(file -> DmsLoader.load(file).models().stream())
                    .filter(m -> models.stream().noneMatch(known -> known.name().equals(m.name())))
                    .forEach(models::add);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return models;
    }
}
