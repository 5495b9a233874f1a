/** Conversion of composite ids to and from strings, for URLs such as Spring Data REST item resources. */
@NullMarked
package com.theorycloud.tabletheory.spring.data.core.convert;

import org.jspecify.annotations.NullMarked;
