package com.theorycloud.tabletheory.encryption;

import java.security.SecureRandom;

/** The one shared source of key and nonce randomness of this package. */
final class SecureRandoms {

    static final SecureRandom INSTANCE = new SecureRandom();

    private SecureRandoms() {
    }
}
