package com.theorycloud.tabletheory.spring.data.repository.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.TableNameResolver;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.annotation.Encrypted;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.SortKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.encryption.DeterministicKeyProvider;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.spring.data.annotation.Query;
import com.theorycloud.tabletheory.spring.data.core.TableTheoryTemplate;
import com.theorycloud.tabletheory.spring.data.core.mapping.TableTheoryMappingContext;
import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;
import com.theorycloud.tabletheory.spring.data.repository.support.TableTheoryRepositoryFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.query.QueryCreationException;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class EncryptedAttributesTest {

    @TableTheoryModel(table = "secrets")
    record Secret(@PartitionKey String owner, @SortKey String id, @Encrypted String ssn, String label) {
    }

    interface Secrets extends TableTheoryRepository<Secret, Key> {
        List<Secret> findByOwner(String owner);
    }

    interface ComparesCiphertext extends TableTheoryRepository<Secret, Key> {
        List<Secret> findByOwnerAndSsn(String owner, String ssn);
    }

    interface FiltersCiphertext extends TableTheoryRepository<Secret, Key> {
        @Query(keyCondition = "owner = :owner", filter = "ssn = :ssn")
        List<Secret> byOwnerAndSsn(String owner, String ssn);
    }

    private TableTheory engine;
    private TableTheoryRepositoryFactory factory;

    @BeforeEach
    void createEngine() {
        LocalDynamoDb local = LocalDynamoDb.shared();
        engine = TableTheory.builder().client(local.client())
                .tableNameResolver(TableNameResolver.prefix(local.uniqueTableName("enc") + "-"))
                .keyProvider(DeterministicKeyProvider.fromSeed("spring-data-test")).build();
        engine.ensureTable(new TableTheoryMappingContext().entity(Secret.class).schema());
        factory = new TableTheoryRepositoryFactory(new TableTheoryTemplate(engine));
    }

    @AfterEach
    void dropTable() {
        engine.deleteTableIfExists(new TableTheoryMappingContext().entity(Secret.class).schema());
    }

    @Test
    void queriesDecryptWhatTheEngineEncrypted() {
        Secrets secrets = factory.getRepository(Secrets.class);
        secrets.save(new Secret("ann", "s1", "123-45-6789", "passport"));
        var stored = engine.client().getItem(b -> b.tableName(engine.tableName(
                new TableTheoryMappingContext().entity(Secret.class).schema()))
                .key(Map.of("owner", AttributeValue.fromS("ann"), "id", AttributeValue.fromS("s1"))));
        assertThat(stored.item().get("ssn").s()).as("ciphertext at rest").isNull();
        assertThat(secrets.findByOwner("ann")).extracting(Secret::ssn).containsExactly("123-45-6789");
    }

    @Test
    void comparingEncryptedAttributesIsAStartupError() {
        assertThatThrownBy(() -> factory.getRepository(ComparesCiphertext.class))
                .isInstanceOf(QueryCreationException.class).hasMessageContaining("'ssn' is @Encrypted");
        assertThatThrownBy(() -> factory.getRepository(FiltersCiphertext.class))
                .isInstanceOf(QueryCreationException.class).hasMessageContaining("'ssn' is @Encrypted");
    }
}
