/** Per-entity metadata over the engine's model schema and codec: keys, ids, properties and attribute names. */
@NullMarked
package com.theorycloud.tabletheory.spring.data.core.mapping;

import org.jspecify.annotations.NullMarked;
