/**
 * Spring Data REST support: {@link com.theorycloud.tabletheory.spring.data.rest.TableTheoryBackendIdConverter} writes
 * the ids of TableTheory repositories, composite ones included, as one URL path segment and reads them back. Needs
 * {@code spring-data-rest-webmvc}, an optional dependency of this module.
 */
@NullMarked
package com.theorycloud.tabletheory.spring.data.rest;

import org.jspecify.annotations.NullMarked;
