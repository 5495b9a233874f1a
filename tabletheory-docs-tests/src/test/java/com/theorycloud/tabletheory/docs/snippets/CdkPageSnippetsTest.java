package com.theorycloud.tabletheory.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.AnnotatedModels;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.model.dms.DmsDocument;
import com.theorycloud.tabletheory.model.dms.DmsLoader;
import com.theorycloud.tabletheory.schema.CloudFormationTable;
import com.theorycloud.tabletheory.schema.CloudFormationTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The snippets of docs/cdk.md: the template a CDK app (or plain CloudFormation) deploys, written from the models.
 * aws-cdk-lib is not available to this build, so the CDK side (CfnInclude of the file) is not compiled here.
 */
class CdkPageSnippetsTest {

    @Test
    void theTemplateFileHoldsOneTablePerModelTable(@TempDir Path cdkOut) throws IOException {
        // region export
        CloudFormationTemplate template = CloudFormationTemplate.of(
                List.of(AnnotatedModels.schemaOf(Order.class), AnnotatedModels.schemaOf(User.class)),
                model -> "prod-" + model.tableName());             // the same prefix your app is configured with
        Path file = cdkOut.resolve("tabletheory-tables.template.json");
        Files.writeString(file, template.toJson());
        // endregion
        JsonNode resources = new ObjectMapper().readTree(Files.readString(file)).path("Resources");
        assertThat(resources.propertyNames()).containsExactly("ProdOrdersTable", "ProdUsersTable");
        JsonNode users = resources.path("ProdUsersTable");
        assertThat(users.path("Type").asString()).isEqualTo("AWS::DynamoDB::Table");
        assertThat(users.path("Properties").path("TableName").asString()).isEqualTo("prod-users");
        assertThat(users.path("Properties").path("GlobalSecondaryIndexes")).hasSize(3);
    }

    @Test
    void modelsSharingATableShareOneResource() {
        DmsDocument releaseState = DmsLoader.loadResource("dms/models/release-state.yml");
        ModelSchema actualSchema = releaseState.model("ReleaseStateActual");
        ModelSchema eventSchema = releaseState.model("ReleaseStateEvent");
        // region merged
        CloudFormationTemplate template = CloudFormationTemplate.of(List.of(actualSchema, eventSchema));
        // endregion
        assertThat(template.tables()).extracting(CloudFormationTable::logicalId)
                .containsExactly("ReleaseStateContractTable");
        assertThatThrownBy(() -> {
            // region one-per-model
            new CloudFormationTemplate(List.of(CloudFormationTable.of(actualSchema), CloudFormationTable.of(eventSchema)));
            // endregion
        }).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ReleaseStateContractTable");
    }
}
