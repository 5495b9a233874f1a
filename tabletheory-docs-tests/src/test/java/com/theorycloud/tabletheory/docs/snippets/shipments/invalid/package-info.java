/** The incorrect model of docs/configuration.md's troubleshooting section, scanned on its own. */
@NullMarked
package com.theorycloud.tabletheory.docs.snippets.shipments.invalid;

import org.jspecify.annotations.NullMarked;
