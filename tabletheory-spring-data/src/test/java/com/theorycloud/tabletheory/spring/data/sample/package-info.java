/** Sample models, repositories and engines shared by the module's tests. */
@NullMarked
package com.theorycloud.tabletheory.spring.data.sample;

import org.jspecify.annotations.NullMarked;
