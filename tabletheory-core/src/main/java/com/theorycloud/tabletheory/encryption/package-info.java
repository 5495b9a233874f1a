/**
 * Field encryption: the {@link com.theorycloud.tabletheory.encryption.KeyProvider} SPI that supplies data keys for
 * encrypted attributes, and its AWS KMS, local and caching implementations.
 */
@NullMarked
package com.theorycloud.tabletheory.encryption;

import org.jspecify.annotations.NullMarked;
