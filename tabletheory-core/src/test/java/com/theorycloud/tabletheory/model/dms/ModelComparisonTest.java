package com.theorycloud.tabletheory.model.dms;

import static org.assertj.core.api.Assertions.assertThat;

import com.theorycloud.tabletheory.model.AttributeFormat;
import com.theorycloud.tabletheory.model.AttributeRole;
import com.theorycloud.tabletheory.model.AttributeSchema;
import com.theorycloud.tabletheory.model.DynamoType;
import com.theorycloud.tabletheory.model.IndexSchema;
import com.theorycloud.tabletheory.model.KeyAttribute;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.model.NamingConvention;
import com.theorycloud.tabletheory.model.ProjectionType;
import com.theorycloud.tabletheory.model.WriteMode;
import com.theorycloud.tabletheory.model.WritePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelComparisonTest {

    private static final ModelSchema ORDER = DmsLoader.load(ContractDirectory.resolve("dms/v0.2/models/order.yml"))
            .model("Order");

    private static ModelSchema withAttributes(ModelSchema model, List<AttributeSchema> attributes) {
        return new ModelSchema(model.name(), model.tableName(), model.naming(), model.partitionKey(), model.sortKey(),
                attributes, model.indexes(), model.writePolicy(), model.javaType());
    }

    @Test
    void ignoresJavaTypePropertyNamesAndOrder() {
        List<AttributeSchema> renamed = new ArrayList<>();
        for (AttributeSchema a : ORDER.attributes()) {
            renamed.add(0, new AttributeSchema(a.name(), "java_" + a.name(), a.type(), a.format(), a.roles(),
                    a.required(), a.omitEmpty(), a.json(), a.encrypted()));
        }
        ModelSchema annotated = new ModelSchema(ORDER.name(), ORDER.tableName(), ORDER.naming(), ORDER.partitionKey(),
                ORDER.sortKey(), renamed, ORDER.indexes(), ORDER.writePolicy(), Object.class);

        assertThat(ModelComparison.create().differences(ORDER, annotated)).isEmpty();
        assertThat(ModelComparison.create().equivalent(ORDER, annotated)).isTrue();
    }

    @Test
    void reportsEveryAttributeDifference() {
        List<AttributeSchema> changed = new ArrayList<>();
        for (AttributeSchema a : ORDER.attributes()) {
            if (a.name().equals("amount")) {
                changed.add(new AttributeSchema("amount", "amount", DynamoType.S, AttributeFormat.DECIMAL_STRING,
                        Set.of(AttributeRole.TTL), true, false, true, true));
            } else if (!a.name().equals("status")) {
                changed.add(a);
            }
        }
        changed.add(new AttributeSchema("extra", "extra", DynamoType.S, AttributeFormat.NONE, Set.of(), false, false,
                false, false));

        assertThat(ModelComparison.create().differences(ORDER, withAttributes(ORDER, changed))).containsExactly(
                "attribute 'status' is missing",
                "attribute 'amount': type is S, expected N",
                "attribute 'amount': format is decimal_string, expected none",
                "attribute 'amount': roles is [ttl], expected []",
                "attribute 'amount': required is true, expected false",
                "attribute 'amount': omit_empty is false, expected true",
                "attribute 'amount': json is true, expected false",
                "attribute 'amount': encrypted is true, expected false",
                "attribute 'extra' is not expected");
    }

    @Test
    void reportsModelAndIndexDifferences() {
        ModelSchema other = new ModelSchema("Purchase", "purchases", NamingConvention.SNAKE_CASE,
                new KeyAttribute("PK", DynamoType.N), null, ORDER.attributes(),
                List.of(new IndexSchema("gsi-status", ORDER.indexes().get(0).type(),
                        new KeyAttribute("status", DynamoType.S), null, ProjectionType.ALL, List.of()),
                        new IndexSchema("gsi-new", ORDER.indexes().get(0).type(),
                                new KeyAttribute("status", DynamoType.S), null, ProjectionType.ALL, List.of())),
                new WritePolicy(WriteMode.WRITE_ONCE, List.of("status")), null);

        assertThat(ModelComparison.create().differences(ORDER, other)).containsExactly(
                "model name is Purchase, expected Order",
                "table name is purchases, expected orders_contract",
                "naming convention is snake_case, expected camelCase",
                "partition key is PK (N), expected PK (S)",
                "sort key is null, expected SK (S)",
                "write_policy mode is write_once, expected mutable",
                "write_policy protected_attributes is [status], expected []",
                "index 'gsi-status': sort key is null, expected createdAt (S)",
                "index 'gsi-status': projection is ALL, expected INCLUDE",
                "index 'gsi-status': projected fields is [], expected [amount]",
                "index 'gsi-new' is not expected");
        assertThat(ModelComparison.create().ignoringTableName().differences(ORDER, other))
                .doesNotContain("table name is purchases, expected orders_contract");
    }
}
