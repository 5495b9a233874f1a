package com.theorycloud.tabletheory.release;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.mapping.Document;
import com.theorycloud.tabletheory.mapping.DocumentItemCodec;
import com.theorycloud.tabletheory.model.dms.ContractDirectory;
import com.theorycloud.tabletheory.model.dms.DmsDocument;
import com.theorycloud.tabletheory.model.dms.DmsLoader;
import com.theorycloud.tabletheory.outbox.Outbox;
import java.util.Optional;

/** The contract's release-state models on fresh local tables, with an outbox table beside them. */
final class ReleaseStateFixture {

    final TableTheory engine;
    final Table<Document> actuals;
    final Table<Document> events;
    final Outbox outbox;

    ReleaseStateFixture() {
        String releaseTable = LocalDynamoDb.shared().uniqueTableName("release");
        String outboxTable = LocalDynamoDb.shared().uniqueTableName("outbox");
        engine = TableTheory.builder().client(LocalDynamoDb.shared().client())
                .tableNameResolver(schema -> schema.tableName().equals("outbox") ? outboxTable : releaseTable)
                .build();
        DmsDocument dms = DmsLoader.load(ContractDirectory.resolve("dms/v0.2/models/release-state.yml"));
        actuals = engine.table(DocumentItemCodec.of(dms.model("ReleaseStateActual")));
        events = engine.table(DocumentItemCodec.of(dms.model("ReleaseStateEvent")));
        engine.ensureTable(actuals.schema());
        outbox = Outbox.in(engine, "outbox");
        outbox.ensureTable();
    }

    void drop() {
        engine.deleteTableIfExists(actuals.schema());
        engine.deleteTableIfExists(outbox.schema());
    }

    Optional<Document> actual(String service) {
        return actuals.find(Key.of("RELEASE#" + service, "ACTUAL"));
    }

    Optional<Document> event(String service, String sk) {
        return events.find(Key.of("RELEASE#" + service, sk));
    }
}
