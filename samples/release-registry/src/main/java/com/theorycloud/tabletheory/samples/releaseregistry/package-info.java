/**
 * The release-registry sample: services, their releases, release-state transitions and deployment notifications.
 */
@NullMarked
package com.theorycloud.tabletheory.samples.releaseregistry;

import org.jspecify.annotations.NullMarked;
