/**
 * Auto-configuration of the TableTheory engine: table names, the model registry, the engine and the startup schema
 * step.
 */
@NullMarked
package com.theorycloud.tabletheory.spring.boot.autoconfigure.engine;

import org.jspecify.annotations.NullMarked;
