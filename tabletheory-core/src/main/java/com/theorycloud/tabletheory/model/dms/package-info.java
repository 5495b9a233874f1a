/**
 * DMS (Dynamo Model Spec) YAML: load language-neutral model definitions into
 * {@link com.theorycloud.tabletheory.model.ModelSchema}s, export schemas back to DMS, and compare two schemas.
 */
@NullMarked
package com.theorycloud.tabletheory.model.dms;

import org.jspecify.annotations.NullMarked;
