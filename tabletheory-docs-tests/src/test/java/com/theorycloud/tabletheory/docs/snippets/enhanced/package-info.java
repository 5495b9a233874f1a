/**
 * The AWS SDK v2 Enhanced Client code docs/migration.md starts from, run against the local DynamoDB so the "before"
 * side of the migration is real code too.
 */
@NullMarked
package com.theorycloud.tabletheory.docs.snippets.enhanced;

import org.jspecify.annotations.NullMarked;
