/** Release-state sample models: an actual row and its write-once events in one table, with their repositories. */
@NullMarked
package com.theorycloud.tabletheory.spring.data.release;

import org.jspecify.annotations.NullMarked;
