/**
 * Mapping implementation details: converters, the compiled codecs of annotated models and the read-once cache of
 * their blueprints; not API.
 */
@NullMarked
package com.theorycloud.tabletheory.mapping.internal;

import org.jspecify.annotations.NullMarked;
