package com.theorycloud.tabletheory.spring.boot.autoconfigure.engine;

import java.util.List;

import com.theorycloud.tabletheory.error.EncryptionNotConfiguredException;
import com.theorycloud.tabletheory.model.AttributeSchema;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.spring.boot.TableTheoryModels;

/** Refuses to start an engine without a key provider when a model has encrypted attributes. */
final class EncryptedModels {

    private EncryptedModels() {
    }

    /**
     * Checks that no model has encrypted attributes.
     *
     * @throws EncryptionNotConfiguredException naming the first such model and its encrypted attributes
     */
    static void requireNone(TableTheoryModels models) {
        for (ModelSchema model : models.schemas()) {
            List<String> encrypted = model.attributes().stream()
                .filter(AttributeSchema::encrypted)
                .map(AttributeSchema::name)
                .toList();
            if (!encrypted.isEmpty()) {
                throw new EncryptionNotConfiguredException(model.name(), "The TableTheory model " + model.name()
                        + " has encrypted attributes " + encrypted + " but no encryption key provider is configured;"
                        + " set tabletheory.encryption.kms-key-id (AWS KMS) or, in development only,"
                        + " tabletheory.encryption.local-key, or define a KeyProvider bean");
            }
        }
    }
}
