/**
 * DMS reading and writing details (YAML nodes with line numbers, per-section readers); not API.
 */
@NullMarked
package com.theorycloud.tabletheory.model.dms.internal;

import org.jspecify.annotations.NullMarked;
