package com.theorycloud.tabletheory.encryption;

import com.theorycloud.tabletheory.error.TableTheoryException;
import org.jspecify.annotations.Nullable;

/**
 * A key provider could not produce or decrypt a data key because of the key service itself (unreachable, throttled,
 * access denied), not because of the stored data ({@code ErrKeyProvider}). Retry, or fix the key's permissions.
 */
public class KeyProviderException extends TableTheoryException {

    private static final long serialVersionUID = 1L;

    /** The error code of this exception. */
    public static final String CODE = "ErrKeyProvider";

    /**
     * Creates the exception.
     *
     * @param modelName the model involved, or {@code null}
     * @param message   what happened and how to fix it; never a plaintext value or key
     * @param cause     the underlying failure, or {@code null}
     */
    public KeyProviderException(@Nullable String modelName, String message, @Nullable Throwable cause) {
        super(CODE, modelName, message, cause);
    }
}
