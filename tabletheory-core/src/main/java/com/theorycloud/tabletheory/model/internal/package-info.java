/**
 * Reading and validating annotated models into blueprints; not API. Each property's converter is chosen by the
 * {@code PropertyConverters} the reader is given (the codec compiler's {@code ConverterResolver}), so this package does
 * not depend on the mapping implementation.
 */
@NullMarked
package com.theorycloud.tabletheory.model.internal;

import org.jspecify.annotations.NullMarked;
