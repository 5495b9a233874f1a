/** Repository query methods: derived queries planned from method names and @Query methods, validated at startup. */
@NullMarked
package com.theorycloud.tabletheory.spring.data.repository.query;

import org.jspecify.annotations.NullMarked;
