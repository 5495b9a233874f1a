package com.theorycloud.tabletheory.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.theorycloud.tabletheory.model.DynamoType;
import com.theorycloud.tabletheory.model.IndexSchema;
import com.theorycloud.tabletheory.model.IndexType;
import com.theorycloud.tabletheory.model.KeyAttribute;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.model.ProjectionType;
import com.theorycloud.tabletheory.testmodel.TestUserCodec;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

class TableDefinitionTest {

    @Test
    void buildsKeysIndexesAndOnDemandBilling() {
        ModelSchema base = TestUserCodec.schema("users");
        ModelSchema schema = new ModelSchema(base.name(), base.tableName(), base.naming(), base.partitionKey(),
                base.sortKey(), base.attributes(), List.of(base.indexes().get(0),
                        new IndexSchema("lsi-nick", IndexType.LSI, base.partitionKey(),
                                new KeyAttribute("nickname", DynamoType.S), ProjectionType.INCLUDE,
                                List.of("tags")),
                        new IndexSchema("gsi-ttl", IndexType.GSI, new KeyAttribute("emailHash", DynamoType.S),
                                new KeyAttribute("ttl", DynamoType.N), ProjectionType.ALL, List.of())),
                base.writePolicy(), null);

        CreateTableRequest request = TableDefinition.of(schema, "dev-users").toCreateTableRequest();

        assertThat(request.tableName()).isEqualTo("dev-users");
        assertThat(request.billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(request.keySchema()).extracting(k -> k.attributeName() + ":" + k.keyType())
                .containsExactly("PK:HASH", "SK:RANGE");
        assertThat(request.attributeDefinitions()).extracting(AttributeDefinition::attributeName)
                .containsExactly("PK", "SK", "emailHash", "nickname", "ttl");
        assertThat(request.attributeDefinitions()).filteredOn(d -> d.attributeName().equals("ttl"))
                .extracting(AttributeDefinition::attributeType).containsExactly(ScalarAttributeType.N);
        assertThat(request.globalSecondaryIndexes()).hasSize(2);
        assertThat(request.globalSecondaryIndexes().get(0).projection().projectionTypeAsString())
                .isEqualTo("KEYS_ONLY");
        assertThat(request.localSecondaryIndexes()).singleElement().satisfies(lsi -> {
            assertThat(lsi.keySchema()).extracting(k -> k.attributeName() + ":" + k.keyType())
                    .containsExactly("PK:" + KeyType.HASH, "nickname:" + KeyType.RANGE);
            assertThat(lsi.projection().nonKeyAttributes()).containsExactly("tags");
        });
    }
}
