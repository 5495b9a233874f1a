/**
 * Model metadata: the immutable, validated {@link com.theorycloud.tabletheory.model.ModelSchema} built once per model
 * from annotations or from DMS YAML.
 */
@NullMarked
package com.theorycloud.tabletheory.model;

import org.jspecify.annotations.NullMarked;
