package com.theorycloud.tabletheory.model.dms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.model.AttributeRole;
import com.theorycloud.tabletheory.model.ModelSchema;
import org.junit.jupiter.api.Test;

class DmsValidationTest {

    /** A valid model; tests replace one marked line to break one rule. */
    private static final String BASE = """
            dms_version: "0.2"
            namespace: "test"
            models:
              - name: "Thing"
                table:
                  name: "things"
                keys:
                  partition: { attribute: "PK", type: "S" }
                  sort: { attribute: "SK", type: "S" }
                attributes:
                  - attribute: "PK"
                    type: "S"
                    roles: ["pk"]
                  - attribute: "SK"
                    type: "S"
                    roles: ["sk"]
                  - attribute: "status"
                    type: "S"
                    optional: true
                  - attribute: "version"
                    type: "N"
                    format: "int"
                    roles: ["version"]
                indexes:
                  - name: "by-status"
                    type: "GSI"
                    partition: { attribute: "status", type: "S" }
                    projection: { type: "ALL" }
            """;

    private static String replace(String target, String replacement) {
        assertThat(BASE).contains(target);
        return BASE.replace(target, replacement);
    }

    private static InvalidModelException failure(String yaml) {
        try {
            DmsLoader.parse(yaml, "thing.yml");
        } catch (InvalidModelException e) {
            return e;
        }
        throw new AssertionError("expected InvalidModelException for:\n" + yaml);
    }

    @Test
    void acceptsTheBaseModel() {
        ModelSchema thing = DmsLoader.parse(BASE, "thing.yml").model("Thing");

        assertThat(thing.attribute("version").orElseThrow().hasRole(AttributeRole.VERSION)).isTrue();
    }

    @Test
    void rejectsUnknownDmsVersion() {
        assertThat(failure(replace("dms_version: \"0.2\"", "dms_version: \"0.3\"")))
                .hasMessage("thing.yml:1: unsupported dms_version '0.3'. Use one of: 0.1, 0.2.");
    }

    @Test
    void rejectsMissingModelName() {
        assertThat(failure(replace("  - name: \"Thing\"\n", "  - \n")))
                .hasMessageStartingWith("thing.yml:");
        assertThat(failure(replace("- name: \"Thing\"", "- name: \"\"")))
                .hasMessageContaining("field 'name' is missing or empty");
    }

    @Test
    void rejectsMissingTable() {
        assertThat(failure(replace("      name: \"things\"\n", "")))
                .hasMessageContaining("model 'Thing'")
                .hasMessageContaining("table");
    }

    @Test
    void rejectsMissingPartitionKey() {
        assertThat(failure(replace("      partition: { attribute: \"PK\", type: \"S\" }\n", "")))
                .hasMessageStartingWith("thing.yml:8: model 'Thing'")
                .hasMessageContaining("field 'partition' is missing");
    }

    @Test
    void rejectsUndeclaredKeyAttribute() {
        assertThat(failure(replace("sort: { attribute: \"SK\"", "sort: { attribute: \"RK\"")))
                .hasMessage("thing.yml:9: model 'Thing', keys.sort: key attribute 'RK' is not declared under "
                        + "attributes. Add an attribute 'RK' of type S with roles: [\"sk\"].");
    }

    @Test
    void rejectsNonKeyTypeForKey() {
        assertThat(failure(replace("partition: { attribute: \"PK\", type: \"S\" }",
                "partition: { attribute: \"PK\", type: \"BOOL\" }")))
                .hasMessageStartingWith("thing.yml:8: model 'Thing', keys.partition: type 'BOOL' is not a key type");
    }

    @Test
    void rejectsKeyTypeMismatch() {
        assertThat(failure(replace("partition: { attribute: \"PK\", type: \"S\" }",
                "partition: { attribute: \"PK\", type: \"N\" }")))
                .hasMessageContaining("key type N does not match attribute 'PK', declared as S");
    }

    @Test
    void rejectsVersionRoleOnString() {
        assertThat(failure(replace("        type: \"N\"\n        format: \"int\"", "        type: \"S\"")))
                .hasMessage("thing.yml:21: model 'Thing', attribute 'version': role 'version' needs type N with "
                        + "format int, but the attribute is S. Set type: \"N\" and format: \"int\".");
    }

    @Test
    void rejectsTtlRoleOnString() {
        assertThat(failure(replace("        optional: true\n", "        roles: [\"ttl\"]\n")))
                .hasMessageContaining("attribute 'status': role 'ttl' needs type N with format unix_seconds");
    }

    @Test
    void rejectsCreatedAtOnNumber() {
        assertThat(failure(replace("format: \"int\"\n        roles: [\"version\"]", "roles: [\"created_at\"]")))
                .hasMessageContaining("role 'created_at' needs type S with format rfc3339nano, but the attribute is N");
    }

    @Test
    void rejectsFormatOnWrongType() {
        assertThat(failure(replace("        optional: true\n", "        format: \"unix_seconds\"\n")))
                .hasMessageContaining("attribute 'status': format 'unix_seconds' needs type N, but the type is S");
    }

    @Test
    void rejectsDuplicateAttribute() {
        assertThat(failure(replace("attribute: \"status\"", "attribute: \"SK\"")))
                .hasMessage("thing.yml:17: model 'Thing', attribute 'SK': the attribute is declared twice. "
                        + "Declare each attribute once.");
    }

    @Test
    void rejectsDuplicateRoleAcrossAttributes() {
        assertThat(failure(replace("        optional: true\n", "        roles: [\"sk\"]\n")))
                .hasMessageContaining("role 'sk' is already held by attribute 'SK'");
    }

    @Test
    void rejectsDuplicateRoleWithinAttribute() {
        assertThat(failure(replace("roles: [\"version\"]", "roles: [\"version\", \"version\"]")))
                .hasMessageContaining("role 'version' is listed twice");
    }

    @Test
    void rejectsKeyRoleOnNonKeyAttribute() {
        assertThat(failure(replace("roles: [\"sk\"]", "roles: []").replace("    optional: true\n",
                "    roles: [\"sk\"]\n")))
                .hasMessageContaining("attribute 'status': role 'sk' is on an attribute that is not keys.sort");
    }

    @Test
    void rejectsDuplicateIndex() {
        String twice = BASE + """
                      - name: "by-status"
                        type: "GSI"
                        partition: { attribute: "status", type: "S" }
                """;
        assertThat(failure(twice)).hasMessageContaining("index 'by-status': the index is declared twice");
    }

    @Test
    void rejectsUnknownTypeFormatRoleConventionAndProjection() {
        assertThat(failure(replace("type: \"S\"\n        optional", "type: \"STRING\"\n        optional")))
                .hasMessageContaining("type 'STRING' is not a DynamoDB type. Use one of: S, N, B, BOOL");
        assertThat(failure(replace("format: \"int\"", "format: \"integer\"")))
                .hasMessageContaining("unknown format 'integer'");
        assertThat(failure(replace("roles: [\"version\"]", "roles: [\"revision\"]")))
                .hasMessageContaining("unknown role 'revision'. Use one of: pk, sk, created_at");
        assertThat(failure(replace("    table:\n", "    naming: { convention: \"kebab-case\" }\n    table:\n")))
                .hasMessageContaining("unknown naming convention 'kebab-case'. Use camelCase or snake_case.");
        assertThat(failure(replace("projection: { type: \"ALL\" }", "projection: { type: \"SOME\" }")))
                .hasMessageContaining("index 'by-status': unknown projection type 'SOME'");
    }

    @Test
    void rejectsIndexWithoutKeyOrWithUndeclaredKey() {
        assertThat(failure(replace("        partition: { attribute: \"status\", type: \"S\" }\n", "")))
                .hasMessageContaining("index 'by-status'")
                .hasMessageContaining("field 'partition' is missing");
        assertThat(failure(replace("{ attribute: \"status\", type: \"S\" }", "{ attribute: \"state\", type: \"S\" }")))
                .hasMessageStartingWith("thing.yml:27: model 'Thing', index 'by-status' partition: index key "
                        + "attribute 'state' is not declared");
    }

    @Test
    void rejectsIncludeWithoutFieldsAndFieldsWithoutInclude() {
        assertThat(failure(replace("projection: { type: \"ALL\" }", "projection: { type: \"INCLUDE\" }")))
                .hasMessageContaining("an INCLUDE projection lists no fields");
        assertThat(failure(replace("projection: { type: \"ALL\" }",
                "projection: { type: \"ALL\", fields: [\"version\"] }")))
                .hasMessageContaining("projection.fields is only for INCLUDE");
        assertThat(failure(replace("projection: { type: \"ALL\" }",
                "projection: { type: \"INCLUDE\", fields: [\"nope\"] }")))
                .hasMessageContaining("projected attribute 'nope' is not declared");
    }

    @Test
    void rejectsLsiOnAnotherPartitionKey() {
        assertThat(failure(replace("type: \"GSI\"", "type: \"LSI\"")))
                .hasMessageContaining("an LSI must use the table's partition key 'PK'");
    }

    @Test
    void rejectsInvalidWritePolicy() {
        assertThat(failure(replace("    attributes:\n", "    write_policy: { mode: \"append_only\" }\n"
                + "    attributes:\n")))
                .hasMessageContaining("write_policy: unknown mode 'append_only'. Use mutable or write_once.");
        assertThat(failure(replace("    attributes:\n", "    write_policy: { mode: \"mutable\", "
                + "protected_attributes: [\"pinned\"] }\n    attributes:\n")))
                .hasMessageContaining("protected attribute 'pinned' is not declared");
    }

    @Test
    void rejectsUnknownFieldsWithTheirLine() {
        assertThat(failure(replace("        optional: true\n", "        optional: true\n        omitEmpty: true\n")))
                .hasMessage("thing.yml:20: model 'Thing', attribute 'status': unknown field 'omitEmpty' in the "
                        + "attribute. Remove it or use one of: attribute, binary, encryption, format, json, "
                        + "omit_empty, optional, required, roles, tags, type.");
    }

    @Test
    void rejectsEncryptionOnKeysAndIndexKeys() {
        assertThat(failure(replace("roles: [\"pk\"]", "roles: [\"pk\"]\n        encryption: { v: 1 }")))
                .hasMessageContaining("cannot be encrypted");
        assertThat(failure(replace("        optional: true\n", "        encryption: { v: 1 }\n")))
                .hasMessageContaining("encrypted attribute 'status' cannot be an index key");
        assertThat(failure(replace("        optional: true\n", "        encryption: { v: 2 }\n")))
                .hasMessageContaining("encryption must be { v: 1 }");
    }

    @Test
    void rejectsJsonOnNonMapAndBothRequiredAndOptional() {
        assertThat(failure(replace("        optional: true\n", "        json: true\n")))
                .hasMessageContaining("'json: true' needs type M");
        assertThat(failure(replace("        optional: true\n", "        optional: true\n        required: true\n")))
                .hasMessageContaining("both required and optional");
    }

    @Test
    void rejectsWrongScalarShapes() {
        assertThat(failure(replace("optional: true", "optional: \"yes\"")))
                .hasMessageContaining("field 'optional' is not a boolean");
        assertThat(failure(replace("roles: [\"version\"]", "roles: \"version\"")))
                .hasMessageContaining("field 'roles' is not a list");
    }

    @Test
    void rejectsNonJsonYamlFeatures() {
        assertThat(failure(replace("  - name: \"Thing\"", "  - name: &n \"Thing\"")))
                .hasMessageContaining("anchor or alias");
        assertThat(failure(replace("name: \"things\"", "name: !custom \"things\"")))
                .hasMessageContaining("custom YAML tag");
        assertThat(failure("models: [")).hasMessageContaining("YAML syntax error");
        assertThat(failure("")).hasMessageContaining("the document is empty");
        assertThat(failure(replace("namespace: \"test\"", "namespace: \"test\"\nnamespace: \"again\"")))
                .hasMessageContaining("field 'namespace' appears twice");
    }

    @Test
    void rejectsDocumentWithoutModels() {
        assertThat(failure("dms_version: \"0.1\"\nmodels: []\n"))
                .hasMessage("thing.yml:2: the document has no models. List at least one model under 'models'.");
    }

    @Test
    void impliesKeyRolesFromTheKeysSection() {
        ModelSchema thing = DmsLoader.parse(replace("roles: [\"pk\"]", "required: true"), "thing.yml")
                .model("Thing");

        assertThat(thing.attribute("PK").orElseThrow().hasRole(AttributeRole.PK)).isTrue();
    }

    @Test
    void reportsTheModelNameOnTheException() {
        assertThatThrownBy(() -> DmsLoader.parse(replace("format: \"int\"", "format: \"integer\""), "thing.yml"))
                .isInstanceOfSatisfying(InvalidModelException.class,
                        e -> assertThat(e.modelName()).isEqualTo("Thing"));
    }
}
