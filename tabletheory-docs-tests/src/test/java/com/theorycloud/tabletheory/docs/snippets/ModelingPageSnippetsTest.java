package com.theorycloud.tabletheory.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.annotation.CreatedAt;
import com.theorycloud.tabletheory.annotation.Encrypted;
import com.theorycloud.tabletheory.annotation.GlobalSecondaryIndex;
import com.theorycloud.tabletheory.annotation.OmitEmpty;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.annotation.Ttl;
import com.theorycloud.tabletheory.annotation.UpdatedAt;
import com.theorycloud.tabletheory.annotation.Version;
import com.theorycloud.tabletheory.mapping.Document;
import com.theorycloud.tabletheory.mapping.DocumentItemCodec;
import com.theorycloud.tabletheory.AnnotatedModels;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.model.ProjectionType;
import com.theorycloud.tabletheory.model.dms.DmsLoader;
import com.theorycloud.tabletheory.model.dms.DmsWriter;
import com.theorycloud.tabletheory.model.dms.ModelComparison;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snippets of docs/modeling.md: the models compile and load, the contract's order.yml (on the class path as
 * dms/models/order.yml) and the annotated Order describe the same model, and both read the same items.
 */
class ModelingPageSnippetsTest {

    /** The contract's Order model as an annotated record. */
    @TableTheoryModel(table = "orders_contract")
    @GlobalSecondaryIndex(name = "gsi-status", partitionKey = "status", sortKey = "createdAt",
            projection = ProjectionType.INCLUDE, include = "amount")
    record Order(@PartitionKey String PK, @SortKey String SK, @OmitEmpty @Nullable String status,
            @OmitEmpty @Nullable Long amount, @Nullable @CreatedAt Instant createdAt,
            @Nullable @UpdatedAt Instant updatedAt, @Version long version, @Ttl @OmitEmpty @Nullable Instant ttl) {
    }

    // region composite
    @TableTheoryModel(table = "t")
    record Composite(@PartitionKey String a, @SortKey String b) {
    }
    // endregion

    // region session
    @TableTheoryModel(table = "t")
    record Session(@PartitionKey String id, @Version long version, @Ttl @OmitEmpty Instant expires) {
    }
    // endregion

    // region account
    @TableTheoryModel(table = "t")
    record Account(@PartitionKey String id, @Encrypted String taxId) {
    }
    // endregion

    /** The INCORRECT form: same table, keys stored as pk / sk. */
    static final class DefaultNaming {
        // region default-naming
        @TableTheoryModel(table = "orders_contract")
        record Order(@PartitionKey String pk, @SortKey String sk, @OmitEmpty String status) {
        }
        // endregion
    }

    @Test
    void eitherFormWorksWithTheEngine() {
        TableTheory db = DocsDb.engine();
        // region either-form
        // Annotated: TableTheory compiles the record's codec once and caches it.
        Table<Order> orders = db.table(Order.class);

        // DMS: the same model, read from the classpath; items are Documents mapped by the DMS types alone.
        ModelSchema order = DmsLoader.loadResource("dms/models/order.yml").model("Order");
        Table<Document> orderDocuments = db.table(DocumentItemCodec.of(order));
        // endregion
        db.ensureTable(orders.schema());
        orders.create(new Order("ORDER#1", "META", "NEW", 0L, null, null, 0, null));
        assertThat(orderDocuments.get(Key.of("ORDER#1", "META")).asMap()).containsEntry("status", "NEW")
                .containsKey("createdAt");
        assertThat(orderDocuments.tableName()).isEqualTo(orders.tableName());
    }

    @Test
    void theCorrectModelsLoad() {
        assertThat(AnnotatedModels.schemaOf(Composite.class).name()).isEqualTo("Composite");
        assertThat(AnnotatedModels.schemaOf(Session.class).name()).isEqualTo("Session");
        assertThat(AnnotatedModels.schemaOf(Account.class).name()).isEqualTo("Account");
    }

    @Test
    void publishTheJavaModelOrCheckItAgainstTheSharedFile(@TempDir Path dms) throws IOException {
        // region publish-and-compare
        // Publish the Java model so Go, TypeScript and Python services load the same file.
        String yaml = DmsWriter.write("acme.orders", List.of(AnnotatedModels.schemaOf(Order.class)));
        Files.writeString(dms.resolve("order.yml"), yaml);

        // Or keep the shared file authoritative and fail fast (e.g. in a unit test) when the Java model drifts from it.
        ModelSchema shared = DmsLoader.load(dms.resolve("order.yml")).model("Order");
        List<String> drift = ModelComparison.create().differences(shared, AnnotatedModels.schemaOf(Order.class));
        // e.g. ["attribute 'status': omit_empty is false, expected true"]; empty when equivalent
        // endregion
        assertThat(drift).isEmpty();
        ModelSchema contract = DmsLoader.loadResource("dms/models/order.yml").model("Order");
        assertThat(ModelComparison.create().differences(contract, AnnotatedModels.schemaOf(Order.class))).isEmpty();
        assertThat(ModelComparison.create().differences(contract, AnnotatedModels.schemaOf(DefaultNaming.Order.class)))
                .isNotEmpty();
    }
}
