package com.theorycloud.tabletheory.spring.boot.autoconfigure.encryption;

import com.theorycloud.tabletheory.error.EncryptionNotConfiguredException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a startup that stopped because a model has encrypted attributes and no key provider is configured: which
 * model and attributes (the exception's message names them), and the properties that configure one.
 */
final class EncryptionNotConfiguredFailureAnalyzer extends AbstractFailureAnalyzer<EncryptionNotConfiguredException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EncryptionNotConfiguredException cause) {
        return new FailureAnalysis(cause.getMessage(), """
                Configure where data keys come from:
                    tabletheory.encryption.kms-key-id: arn:aws:kms:<region>:<account>:key/<id>   (production; needs \
                software.amazon.awssdk:kms)
                or, in a development profile only,
                    tabletheory.encryption.local-key: <openssl rand -base64 32>
                or define a KeyProvider bean of your own. Encrypted attributes are never stored in plain text, so \
                the application does not start without one.""", cause);
    }
}
