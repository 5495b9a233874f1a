/** Release-state repositories whose models are not release-state-shaped, for startup-error tests. */
@NullMarked
package com.theorycloud.tabletheory.spring.data.release.broken;

import org.jspecify.annotations.NullMarked;
