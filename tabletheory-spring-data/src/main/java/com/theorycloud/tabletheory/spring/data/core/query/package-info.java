/** The read request the template runs (query or scan on the table or an index) and the page it returns. */
@NullMarked
package com.theorycloud.tabletheory.spring.data.core.query;

import org.jspecify.annotations.NullMarked;
