package com.theorycloud.tabletheory.spring.boot.autoconfigure.engine;

import java.util.List;

import com.theorycloud.tabletheory.TableNameResolver;
import com.theorycloud.tabletheory.spring.boot.TableTheoryModels;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.TableTheoryProperties;
import com.theorycloud.tabletheory.spring.boot.schema.SchemaCreator;
import com.theorycloud.tabletheory.spring.boot.schema.SchemaValidator;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;

import org.springframework.beans.factory.InitializingBean;

/**
 * Runs the startup schema step of {@code tabletheory.schema.mode} before the engine is handed out: nothing, a check of
 * every model's table, or creation of missing tables and indexes followed by that check.
 */
public final class TableTheorySchemaInitializer implements InitializingBean {

    private static final Log logger = LogFactory.getLog(TableTheorySchemaInitializer.class);

    private final DynamoDbClient client;
    private final TableNameResolver resolver;
    private final TableTheoryModels models;
    private final TableTheoryProperties.Schema schema;

    /**
     * Creates the step.
     *
     * @param client the client to describe and create tables with
     * @param resolver how model table names become physical ones
     * @param models the models whose tables are checked or created
     * @param schema what to do
     */
    public TableTheorySchemaInitializer(DynamoDbClient client, TableNameResolver resolver, TableTheoryModels models,
            TableTheoryProperties.Schema schema) {
        this.client = client;
        this.resolver = resolver;
        this.models = models;
        this.schema = schema;
    }

    @Override
    public void afterPropertiesSet() {
        if (schema.mode() == TableTheoryProperties.SchemaMode.NONE || models.isEmpty()) {
            return;
        }
        if (schema.mode() == TableTheoryProperties.SchemaMode.CREATE) {
            List<String> created = new SchemaCreator(client, resolver, this::customize)
                .createMissing(models.schemas());
            if (!created.isEmpty()) {
                logger.info("TableTheory created the tables " + created + " (tabletheory.schema.mode=create)");
            }
        }
        new SchemaValidator(client, resolver).requireValid(models.schemas());
    }

    private void customize(CreateTableRequest.Builder request) {
        if (schema.billingMode() == TableTheoryProperties.BillingMode.PAY_PER_REQUEST) {
            return;
        }
        ProvisionedThroughput throughput = ProvisionedThroughput.builder()
            .readCapacityUnits(schema.readCapacityUnits())
            .writeCapacityUnits(schema.writeCapacityUnits())
            .build();
        CreateTableRequest current = request.build();
        request.billingMode(BillingMode.PROVISIONED).provisionedThroughput(throughput);
        if (current.hasGlobalSecondaryIndexes()) {
            request.globalSecondaryIndexes(current.globalSecondaryIndexes()
                .stream()
                .map((index) -> index.toBuilder().provisionedThroughput(throughput).build())
                .toArray(GlobalSecondaryIndex[]::new));
        }
    }
}
