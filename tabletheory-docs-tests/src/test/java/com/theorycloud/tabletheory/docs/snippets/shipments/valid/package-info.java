/** The correct model of docs/configuration.md's troubleshooting section, scanned on its own. */
@NullMarked
package com.theorycloud.tabletheory.docs.snippets.shipments.valid;

import org.jspecify.annotations.NullMarked;
