package com.theorycloud.tabletheory.query;

import com.theorycloud.tabletheory.operation.OperationEvent;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.mapping.Document;
import com.theorycloud.tabletheory.mapping.DocumentItemCodec;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.model.dms.ContractDirectory;
import com.theorycloud.tabletheory.model.dms.DmsLoader;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Creates uniquely named tables of test models on the shared local DynamoDB. */
final class QueryTestTables {

    /** Operation events of every table made here, for tests that count requests. */
    static final List<OperationEvent> EVENTS = new CopyOnWriteArrayList<>();

    private QueryTestTables() {
    }

    static ModelSchema contractModel(String file, String name) {
        return DmsLoader.load(ContractDirectory.resolve("dms/v0.2/models/" + file)).model(name);
    }

    static ModelSchema eventModel() {
        return DmsLoader.loadResource("query/events.yml").model("Event");
    }

    /** A fresh table of the model under a unique name. */
    static Table<Document> create(ModelSchema schema) {
        String name = LocalDynamoDb.shared().uniqueTableName(schema.tableName());
        TableTheory db = TableTheory.builder().client(LocalDynamoDb.shared().client())
                .tableNameResolver(s -> name).listener(EVENTS::add).build();
        db.createTable(schema);
        return db.table(DocumentItemCodec.of(schema));
    }

    static void drop(Table<?> table) {
        LocalDynamoDb.shared().client().deleteTable(b -> b.tableName(table.tableName()));
    }
}
