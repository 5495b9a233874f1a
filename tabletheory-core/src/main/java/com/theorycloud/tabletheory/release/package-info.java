/**
 * Release-state safety: transactional transitions of an actual-state row with an immutable event append (and an
 * optional outbox record), state machines, and deploy-authority provenance/confidence validation.
 */
@NullMarked
package com.theorycloud.tabletheory.release;

import org.jspecify.annotations.NullMarked;
