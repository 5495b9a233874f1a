/** Implementation of the template's reads: DynamoDB Query and Scan calls, paging and cursors. */
@NullMarked
package com.theorycloud.tabletheory.spring.data.core.internal;

import org.jspecify.annotations.NullMarked;
