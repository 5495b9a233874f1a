/**
 * The envelope format behind encrypted attributes (AES-256-GCM, the canonical JSON form of the sealed value) and the
 * codec decorator that seals on encode and opens on decode; not API.
 */
@NullMarked
package com.theorycloud.tabletheory.encryption.internal;

import org.jspecify.annotations.NullMarked;
