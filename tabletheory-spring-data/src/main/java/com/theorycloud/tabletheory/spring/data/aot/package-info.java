/** Native-image and AOT hints for TableTheory repositories. */
@NullMarked
package com.theorycloud.tabletheory.spring.data.aot;

import org.jspecify.annotations.NullMarked;
