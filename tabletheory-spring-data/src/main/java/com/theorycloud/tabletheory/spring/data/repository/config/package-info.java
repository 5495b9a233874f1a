/** Repository scanning: @EnableTableTheoryRepositories, its registrar and the configuration extension. */
@NullMarked
package com.theorycloud.tabletheory.spring.data.repository.config;

import org.jspecify.annotations.NullMarked;
