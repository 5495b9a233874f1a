package com.theorycloud.tabletheory.samples.releaseregistry;

import com.theorycloud.tabletheory.spring.data.repository.config.EnableTableTheoryRepositories;
import org.springframework.context.annotation.Configuration;

/**
 * Turns on the TableTheory repositories of this package. On its own class rather than the application class so
 * test slices such as {@code @WebMvcTest} start without them.
 */
@Configuration(proxyBeanMethods = false)
@EnableTableTheoryRepositories
class RepositoriesConfiguration {
}
