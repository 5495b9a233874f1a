/** Release-state implementation details: plain values of stored attributes, failure translation; not API. */
@NullMarked
package com.theorycloud.tabletheory.release.internal;

import org.jspecify.annotations.NullMarked;
