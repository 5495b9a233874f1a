/**
 * Auto-configuration of the encryption key provider from {@code tabletheory.encryption.*}.
 */
@NullMarked
package com.theorycloud.tabletheory.spring.boot.autoconfigure.encryption;

import org.jspecify.annotations.NullMarked;
