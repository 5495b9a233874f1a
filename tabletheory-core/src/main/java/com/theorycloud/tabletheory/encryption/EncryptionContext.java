package com.theorycloud.tabletheory.encryption;

/**
 * What a data key is requested for: the model and the stored attribute name. Key providers may use it to choose or
 * derive keys; the attribute name is also bound into every sealed value (AES-GCM associated data), so an envelope
 * copied to another attribute fails to open.
 *
 * @param modelName     the model name
 * @param attributeName the DynamoDB attribute name
 */
public record EncryptionContext(String modelName, String attributeName) {
}
