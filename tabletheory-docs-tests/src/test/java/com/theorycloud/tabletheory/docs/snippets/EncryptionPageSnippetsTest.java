package com.theorycloud.tabletheory.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableNameResolver;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.annotation.Encrypted;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.encryption.AwsKmsKeyProvider;
import com.theorycloud.tabletheory.encryption.CachingKeyProvider;
import com.theorycloud.tabletheory.encryption.KeyProvider;
import com.theorycloud.tabletheory.encryption.LocalKeyProvider;
import com.theorycloud.tabletheory.error.EncryptedFieldNotQueryableException;
import com.theorycloud.tabletheory.error.EncryptionNotConfiguredException;
import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.error.InvalidOperatorException;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.expression.Update;
import com.theorycloud.tabletheory.mapping.Document;
import com.theorycloud.tabletheory.mapping.DocumentItemCodec;
import com.theorycloud.tabletheory.ItemCodecs;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.model.dms.DmsLoader;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.kms.KmsClient;

/** The snippets of docs/encryption.md, run against the local DynamoDB with a local key provider. */
class EncryptionPageSnippetsTest {

    /** The annotated form of the customers model. */
    // region customer
    @TableTheoryModel(table = "customers")
    public record Customer(@PartitionKey String PK, @SortKey String SK, String email, @Encrypted String taxId) {
    }
    // endregion

    private final String prefix = DocsDb.LOCAL.uniqueTableName("docs-enc") + "-";

    /** The KMS form; building it makes no KMS call, so the test only checks the engine it returns. */
    static TableTheory productionEngine(DynamoDbClient dynamoDb, KmsClient kms, String kmsKeyArn) {
        // region kms
        KeyProvider keys = CachingKeyProvider.builder(AwsKmsKeyProvider.of(kms, kmsKeyArn))
                .maxAge(Duration.ofMinutes(5))   // how long a data key stays in memory
                .maxReuse(1000)                  // values sealed with one data key (each with its own nonce)
                .build();
        TableTheory db = TableTheory.builder().client(dynamoDb).keyProvider(keys).build();
        // endregion
        return db;
    }

    @Test
    void theKmsEngineIsBuiltWithoutCallingKms() {
        KmsClient kms = KmsClient.builder().region(Region.EU_WEST_1)
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .httpClient(UrlConnectionHttpClient.builder().build()).build();
        TableTheory db = productionEngine(DocsDb.LOCAL.client(), kms,
                "arn:aws:kms:eu-west-1:111122223333:key/00000000-0000-0000-0000-000000000000");
        assertThat(db.table(Customer.class).schema().name()).isEqualTo("Customer");
    }

    @Test
    void encryptedAttributesAreSealedAndOpened() {
        String localKeyBase64 = Base64.getEncoder().encodeToString(new byte[32]);
        // region local-key
        KeyProvider keys = LocalKeyProvider.fromBase64(localKeyBase64);   // e.g. from `openssl rand -base64 32`
        KeyProvider throwaway = LocalKeyProvider.random();                 // for a test run
        // endregion
        assertThat(throwaway).isNotNull();
        DynamoDbClient dynamoDb = DocsDb.LOCAL.client();
        TableTheory db = TableTheory.builder().client(dynamoDb).keyProvider(keys)
                .tableNameResolver(TableNameResolver.prefix(prefix)).build();
        db.ensureTable(db.table(Customer.class).schema());
        // region create-read
        Table<Customer> customers = db.table(ItemCodecs.forClass(Customer.class));
        customers.create(new Customer("CUST#1", "PROFILE", "al@example.com", "123-45-6789"));
        customers.get(Key.of("CUST#1", "PROFILE")).taxId();   // "123-45-6789"
        // endregion
        assertThat(customers.get(Key.of("CUST#1", "PROFILE")).taxId()).isEqualTo("123-45-6789");
        AttributeValue stored = dynamoDb.getItem(GetItemRequest.builder().tableName(customers.tableName())
                .key(customers.storedKey(Key.of("CUST#1", "PROFILE"))).build()).item().get("taxId");
        assertThat(stored.toString()).doesNotContain("123-45-6789");

        String input = "123-45-6789";
        // region read-then-compare
        Customer c = customers.get(Key.of("CUST#1", "PROFILE"));
        boolean matches = c.taxId().equals(input);
        // endregion
        assertThat(matches).isTrue();

        assertThatThrownBy(() -> {
            // region condition
            customers.put(c, Condition.eq("taxId", "123-45-6789"));   // refused before any call
            // endregion
        }).isInstanceOf(EncryptedFieldNotQueryableException.class);
        assertThatThrownBy(() -> customers.put(c, Condition.attributeExists("taxId")))
                .isInstanceOf(EncryptedFieldNotQueryableException.class);

        // region update
        customers.update(Key.of("CUST#1", "PROFILE"), Update.create().set("taxId", "987-65-4321"));
        // endregion
        assertThat(customers.get(Key.of("CUST#1", "PROFILE")).taxId()).isEqualTo("987-65-4321");
        assertThatThrownBy(() -> customers.update(Key.of("CUST#1", "PROFILE"), Update.create().add("taxId", "x")))
                .isInstanceOf(InvalidOperatorException.class);

        ModelSchema dms = DmsLoader.loadResource("snippets/customers.yml").model("Customer");
        Table<Document> documents = db.table(DocumentItemCodec.of(dms));
        assertThat(documents.get(Key.of("CUST#1", "PROFILE")).asMap()).containsEntry("taxId", "987-65-4321");
    }

    @Test
    void encryptedKeysAndMissingProvidersAreRefused() {
        assertThatThrownBy(() -> DmsLoader.loadResource("snippets/encrypted-key.yml"))
                .isInstanceOf(InvalidModelException.class);
        TableTheory withoutKeys = TableTheory.builder().client(DocsDb.LOCAL.client()).build();
        assertThatThrownBy(() -> withoutKeys.table(Customer.class))
                .isInstanceOf(EncryptionNotConfiguredException.class);
    }
}
