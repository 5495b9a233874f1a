package com.theorycloud.tabletheory.model.dms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.model.AttributeFormat;
import com.theorycloud.tabletheory.model.AttributeRole;
import com.theorycloud.tabletheory.model.AttributeSchema;
import com.theorycloud.tabletheory.model.DynamoType;
import com.theorycloud.tabletheory.model.IndexSchema;
import com.theorycloud.tabletheory.model.IndexType;
import com.theorycloud.tabletheory.model.KeyAttribute;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.model.NamingConvention;
import com.theorycloud.tabletheory.model.ProjectionType;
import com.theorycloud.tabletheory.model.WriteMode;
import com.theorycloud.tabletheory.model.WritePolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DmsLoaderTest {

    static Stream<Path> contractDmsFiles() throws IOException {
        return Stream.of("dms/v0.1/models", "dms/v0.2/models")
                .flatMap(dir -> {
                    try {
                        return Files.list(ContractDirectory.resolve(dir));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .filter(p -> p.toString().endsWith(".yml"))
                .sorted();
    }

    @ParameterizedTest
    @MethodSource("contractDmsFiles")
    void loadsEveryContractModel(Path file) {
        DmsDocument document = DmsLoader.load(file);

        assertThat(document.dmsVersion()).isEqualTo(file.getParent().getParent().getFileName().toString()
                .substring(1));
        assertThat(document.models()).isNotEmpty().allSatisfy(model -> {
            assertThat(model.javaType()).isNull();
            assertThat(model.attributes()).allSatisfy(a -> assertThat(a.property()).isEqualTo(a.name()));
            assertThat(model.attribute(model.partitionKey().name())).get()
                    .satisfies(a -> assertThat(a.hasRole(AttributeRole.PK)).isTrue());
        });
    }

    @Test
    void readsOrderWithLifecycleRolesAndIncludeIndex() {
        ModelSchema order = DmsLoader.load(ContractDirectory.resolve("dms/v0.2/models/order.yml")).model("Order");

        assertThat(order.tableName()).isEqualTo("orders_contract");
        assertThat(order.naming()).isEqualTo(NamingConvention.CAMEL_CASE);
        assertThat(order.partitionKey()).isEqualTo(new KeyAttribute("PK", DynamoType.S));
        assertThat(order.sortKey()).isEqualTo(new KeyAttribute("SK", DynamoType.S));
        assertThat(order.attributes()).extracting(AttributeSchema::name)
                .containsExactly("PK", "SK", "status", "amount", "createdAt", "updatedAt", "version", "ttl");
        assertThat(order.attribute("PK")).contains(new AttributeSchema("PK", "PK", DynamoType.S, AttributeFormat.NONE,
                Set.of(AttributeRole.PK), true, false, false, false));
        assertThat(order.attribute("ttl")).contains(new AttributeSchema("ttl", "ttl", DynamoType.N,
                AttributeFormat.UNIX_SECONDS, Set.of(AttributeRole.TTL), false, true, false, false));
        assertThat(order.attributeWithRole(AttributeRole.VERSION).orElseThrow().format())
                .isEqualTo(AttributeFormat.INT);
        assertThat(order.indexes()).containsExactly(new IndexSchema("gsi-status", IndexType.GSI,
                new KeyAttribute("status", DynamoType.S), new KeyAttribute("createdAt", DynamoType.S),
                ProjectionType.INCLUDE, List.of("amount")));
        assertThat(order.writePolicy()).isEqualTo(WritePolicy.MUTABLE);
    }

    @Test
    void readsWritePoliciesJsonMapsAndEncryption() {
        DmsDocument releaseState = DmsLoader.load(ContractDirectory.resolve("dms/v0.2/models/release-state.yml"));
        ModelSchema encrypted = DmsLoader.load(ContractDirectory.resolve("dms/v0.2/models/encrypted-record.yml"))
                .model("EncryptedRecord");

        assertThat(releaseState.namespace()).isEqualTo("theorydb.contract.release_state");
        assertThat(releaseState.model("ReleaseStateActual").writePolicy())
                .isEqualTo(new WritePolicy(WriteMode.MUTABLE, List.of("pinnedReleaseId")));
        assertThat(releaseState.model("ReleaseStateEvent").writePolicy())
                .isEqualTo(new WritePolicy(WriteMode.WRITE_ONCE, List.of()));
        assertThat(releaseState.model("ReleaseStateActual").attribute("provenance").orElseThrow())
                .satisfies(a -> assertThat(a.json()).isTrue())
                .satisfies(a -> assertThat(a.type()).isEqualTo(DynamoType.M));
        assertThat(encrypted.attribute("secret").orElseThrow().encrypted()).isTrue();
        assertThat(encrypted.attribute("PK").orElseThrow().encrypted()).isFalse();
    }

    @Test
    void readsSnakeCaseNamingAndDecimalStrings() {
        ModelSchema snake = DmsLoader.load(ContractDirectory.resolve("dms/v0.2/models/snake-case-record.yml"))
                .model("SnakeCaseRecord");
        ModelSchema numbers = DmsLoader.load(ContractDirectory.resolve("dms/v0.2/models/number-precision.yml"))
                .model("NumberPrecision");

        assertThat(snake.naming()).isEqualTo(NamingConvention.SNAKE_CASE);
        assertThat(numbers.attribute("largeInteger").orElseThrow().format())
                .isEqualTo(AttributeFormat.DECIMAL_STRING);
    }

    @Test
    void comparesVersionZeroOneAndZeroTwoOfReleaseStatePrecisely() {
        DmsDocument v01 = DmsLoader.load(ContractDirectory.resolve("dms/v0.1/models/release-state.yml"));
        DmsDocument v02 = DmsLoader.load(ContractDirectory.resolve("dms/v0.2/models/release-state.yml"));

        assertThat(ModelComparison.create().differences(v02.model("ReleaseStateActual"),
                v01.model("ReleaseStateActual"))).containsExactly(
                "attribute 'status': omit_empty is false, expected true",
                "attribute 'pinnedReleaseId': omit_empty is false, expected true",
                "attribute 'previousReleaseId': omit_empty is false, expected true",
                "attribute 'provenance': omit_empty is false, expected true",
                "attribute 'confidence': omit_empty is false, expected true");
        assertThat(ModelComparison.create().differences(v02.model("ReleaseStateEvent"),
                v01.model("ReleaseStateEvent"))).containsExactly(
                "attribute 'releaseId': omit_empty is false, expected true",
                "attribute 'eventType': omit_empty is false, expected true",
                "attribute 'provenance': omit_empty is false, expected true",
                "attribute 'confidence': omit_empty is false, expected true",
                "attribute 'recordedAt': omit_empty is false, expected true");
    }

    @Test
    void comparesVersionZeroOneAndZeroTwoOfUser() {
        DmsDocument v01 = DmsLoader.load(ContractDirectory.resolve("dms/v0.1/models/user.yml"));
        DmsDocument v02 = DmsLoader.load(ContractDirectory.resolve("dms/v0.2/models/user.yml"));

        assertThat(ModelComparison.create().differences(v02.model("User"), v01.model("User")))
                .containsExactly("attribute 'profile' is missing");
        assertThat(v01.findModel("StructuredProfileUser")).isEmpty();
    }

    @Test
    void findsSameModelsUnchangedAcrossVersions() {
        for (String file : List.of("order.yml", "type-matrix.yml", "number-precision.yml", "encrypted-record.yml",
                "snake-case-record.yml")) {
            ModelSchema v01 = DmsLoader.load(ContractDirectory.resolve("dms/v0.1/models/" + file)).models().get(0);
            ModelSchema v02 = DmsLoader.load(ContractDirectory.resolve("dms/v0.2/models/" + file)).models().get(0);

            assertThat(ModelComparison.create().differences(v02, v01)).as(file).isEmpty();
            assertThat(v01).as(file).isEqualTo(v02);
        }
    }

    @Test
    void loadsTheJsonForm() {
        String json = """
                {"dms_version": "0.1", "models": [{"name": "Widget", "table": {"name": "widgets"},
                  "keys": {"partition": {"attribute": "id", "type": "N"}},
                  "attributes": [{"attribute": "id", "type": "N", "required": true, "roles": ["pk"]}]}]}
                """;

        ModelSchema widget = DmsLoader.parse(json, "widget.json").model("Widget");

        assertThat(widget.partitionKey()).isEqualTo(new KeyAttribute("id", DynamoType.N));
    }

    @Test
    void loadsFromClasspathResource() {
        DmsDocument document = DmsLoader.loadResource("dms/sample-widget.yml");

        assertThat(document.model("Widget").attribute("id").orElseThrow().hasRole(AttributeRole.PK)).isTrue();
    }

    @Test
    void reportsMissingClasspathResource() {
        assertThatThrownBy(() -> DmsLoader.loadResource("dms/nope.yml"))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("dms/nope.yml");
    }

    @Test
    void reportsUnknownModelName() {
        DmsDocument document = DmsLoader.loadResource("dms/sample-widget.yml");

        assertThatThrownBy(() -> document.model("Gadget"))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("no model 'Gadget'")
                .hasMessageContaining("Widget");
    }
}
