package com.theorycloud.tabletheory.docs.snippets;

import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableNameResolver;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.local.LocalDynamoDb;

/** Engines on the shared local DynamoDB (dynalite) whose tables get a unique prefix, so test runs never collide. */
final class DocsDb {

    static final LocalDynamoDb LOCAL = LocalDynamoDb.shared();

    private DocsDb() {
    }

    /** A new engine with its own table-name prefix. */
    static TableTheory engine() {
        return TableTheory.builder()
                .client(LOCAL.client())
                .tableNameResolver(TableNameResolver.prefix(LOCAL.uniqueTableName("docs") + "-"))
                .build();
    }

    /** The table of a model, created if missing. */
    static <T> Table<T> table(TableTheory db, Class<T> model) {
        Table<T> table = db.table(model);
        db.ensureTable(table.schema());
        return table;
    }
}
