package com.theorycloud.tabletheory.model.dms;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DmsWriterTest {

    static java.util.stream.Stream<Path> contractDmsFiles() throws java.io.IOException {
        return DmsLoaderTest.contractDmsFiles();
    }

    @ParameterizedTest
    @MethodSource("contractDmsFiles")
    void loadWriteLoadGivesEqualModels(Path file) {
        DmsDocument loaded = DmsLoader.load(file);

        String written = DmsWriter.write(loaded);
        DmsDocument reloaded = DmsLoader.parse(written, "written-" + file.getFileName());

        assertThat(reloaded.models()).isEqualTo(loaded.models());
        assertThat(reloaded.namespace()).isEqualTo(loaded.namespace());
        assertThat(reloaded.dmsVersion()).isEqualTo("0.2");
        assertThat(DmsWriter.write(reloaded)).isEqualTo(written);
    }

    @Test
    void writesContractLayout() {
        DmsDocument order = DmsLoader.load(ContractDirectory.resolve("dms/v0.2/models/order.yml"));

        assertThat(DmsWriter.write(order)).isEqualTo("""
                dms_version: "0.2"
                namespace: "theorydb.contract"
                models:
                  - name: "Order"
                    table:
                      name: "orders_contract"
                    naming:
                      convention: "camelCase"
                    keys:
                      partition: { attribute: "PK", type: "S" }
                      sort: { attribute: "SK", type: "S" }
                    attributes:
                      - attribute: "PK"
                        type: "S"
                        required: true
                        roles: ["pk"]
                      - attribute: "SK"
                        type: "S"
                        required: true
                        roles: ["sk"]
                      - attribute: "status"
                        type: "S"
                        optional: true
                        omit_empty: true
                      - attribute: "amount"
                        type: "N"
                        optional: true
                        omit_empty: true
                      - attribute: "createdAt"
                        type: "S"
                        format: "rfc3339nano"
                        roles: ["created_at"]
                      - attribute: "updatedAt"
                        type: "S"
                        format: "rfc3339nano"
                        roles: ["updated_at"]
                      - attribute: "version"
                        type: "N"
                        format: "int"
                        roles: ["version"]
                      - attribute: "ttl"
                        type: "N"
                        format: "unix_seconds"
                        optional: true
                        omit_empty: true
                        roles: ["ttl"]
                    indexes:
                      - name: "gsi-status"
                        type: "GSI"
                        partition: { attribute: "status", type: "S" }
                        sort: { attribute: "createdAt", type: "S" }
                        projection: { type: "INCLUDE", fields: ["amount"] }
                """);
    }

    @Test
    void exportsAnAnnotatedStyleModelWithoutJavaDetails() {
        ModelSchema annotated = new ModelSchema("Account", "accounts", NamingConvention.SNAKE_CASE,
                new KeyAttribute("account_id", DynamoType.S), null,
                List.of(
                        new AttributeSchema("account_id", "accountId", DynamoType.S, AttributeFormat.NONE,
                                Set.of(AttributeRole.PK), true, false, false, false),
                        new AttributeSchema("display \"name\"", "displayName", DynamoType.S, AttributeFormat.NONE,
                                Set.of(), false, true, false, false),
                        new AttributeSchema("secret", "secret", DynamoType.B, AttributeFormat.NONE, Set.of(), false,
                                false, false, true),
                        new AttributeSchema("settings", "settings", DynamoType.M, AttributeFormat.NONE, Set.of(),
                                false, false, true, false),
                        new AttributeSchema("score", "score", DynamoType.N, AttributeFormat.NONE, Set.of(), false,
                                false, false, false)),
                List.of(new IndexSchema("by-score", IndexType.GSI, new KeyAttribute("score", DynamoType.N), null,
                        ProjectionType.KEYS_ONLY, List.of())),
                new WritePolicy(WriteMode.WRITE_ONCE, List.of("score")), String.class);

        String yaml = DmsWriter.write("app", List.of(annotated));
        ModelSchema reloaded = DmsLoader.parse(yaml, "account.yml").model("Account");

        assertThat(yaml).contains("attribute: \"display \\\"name\\\"\"", "encryption: { v: 1 }", "json: true",
                "write_policy:\n      mode: \"write_once\"\n      protected_attributes: [\"score\"]",
                "projection: { type: \"KEYS_ONLY\" }");
        assertThat(yaml).doesNotContain("accountId", "String");
        assertThat(ModelComparison.create().differences(annotated, reloaded)).isEmpty();
    }
}
