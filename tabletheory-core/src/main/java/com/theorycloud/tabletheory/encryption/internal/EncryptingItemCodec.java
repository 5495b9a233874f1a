package com.theorycloud.tabletheory.encryption.internal;

import com.theorycloud.tabletheory.encryption.KeyProvider;
import com.theorycloud.tabletheory.error.EncryptionNotConfiguredException;
import com.theorycloud.tabletheory.error.InvalidEncryptedEnvelopeException;
import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.error.InvalidValueException;
import com.theorycloud.tabletheory.error.TableTheoryException;
import com.theorycloud.tabletheory.internal.EmptyValues;
import com.theorycloud.tabletheory.mapping.ItemCodec;
import com.theorycloud.tabletheory.model.AttributeSchema;
import com.theorycloud.tabletheory.model.DynamoType;
import com.theorycloud.tabletheory.model.IndexSchema;
import com.theorycloud.tabletheory.model.ModelSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Wraps a model's codec so encrypted attributes are sealed as soon as an item is encoded and opened just before a
 * stored item is decoded. Every engine path that writes or reads items through the codec (single items, queries,
 * batches, transactions) therefore stores envelopes only and never hands an envelope to the model's own codec.
 *
 * <p>An omit-empty attribute with an empty value is passed on unsealed, because the engine then leaves it out (or
 * removes it) exactly as the other runtimes do before encrypting. Codec errors about an encrypted attribute are
 * re-raised without the codec's message, which may quote the value.
 *
 * @param <T> the Java type of the model's items
 */
public final class EncryptingItemCodec<T> implements ItemCodec<T> {

    private final ItemCodec<T> codec;
    private final ModelSchema schema;
    private final List<AttributeSchema> encrypted;
    private final Map<String, AttributeSchema> encryptedByName;
    private final AttributeCipher cipher;

    private EncryptingItemCodec(ItemCodec<T> codec, List<AttributeSchema> encrypted, KeyProvider keys) {
        this.codec = codec;
        this.schema = codec.schema();
        this.encrypted = encrypted;
        Map<String, AttributeSchema> byName = new LinkedHashMap<>();
        encrypted.forEach(attribute -> byName.put(attribute.name(), attribute));
        this.encryptedByName = Map.copyOf(byName);
        this.cipher = new AttributeCipher(schema.name(), keys);
    }

    /**
     * The codec the engine uses for a model: the codec itself when the model has no encrypted attributes, an
     * encrypting wrapper otherwise.
     *
     * @param keys the engine's key provider, or {@code null} when none is configured
     * @throws EncryptionNotConfiguredException when the model has encrypted attributes and there is no key provider
     * @throws InvalidModelException when an encrypted attribute is a key, an index key or has a role
     */
    public static <T> ItemCodec<T> wrap(ItemCodec<T> codec, @Nullable KeyProvider keys) {
        ModelSchema schema = codec.schema();
        List<AttributeSchema> encrypted = schema.attributes().stream().filter(AttributeSchema::encrypted).toList();
        if (encrypted.isEmpty()) {
            return codec;
        }
        rejectEncryptedKeys(schema, encrypted);
        if (keys == null) {
            throw new EncryptionNotConfiguredException(schema.name(), "Model " + schema.name()
                    + " has encrypted attributes " + encrypted.stream().map(AttributeSchema::name).toList()
                    + " but no key provider is configured, so it can neither write nor read them. Configure one with"
                    + " TableTheory.builder().keyProvider(...) (AwsKmsKeyProvider in production, LocalKeyProvider in"
                    + " development), or set tabletheory.encryption.kms-key-id in Spring Boot");
        }
        return new EncryptingItemCodec<>(codec, encrypted, keys);
    }

    /** Annotation and DMS models are checked when read; this catches hand-built schemas before a key is sealed. */
    private static void rejectEncryptedKeys(ModelSchema schema, List<AttributeSchema> encrypted) {
        List<String> keys = new ArrayList<>();
        keys.add(schema.partitionKey().name());
        if (schema.sortKey() != null) {
            keys.add(schema.sortKey().name());
        }
        for (IndexSchema index : schema.indexes()) {
            keys.add(index.partitionKey().name());
            if (index.sortKey() != null) {
                keys.add(index.sortKey().name());
            }
        }
        for (AttributeSchema attribute : encrypted) {
            if (keys.contains(attribute.name()) || !attribute.roles().isEmpty()) {
                throw new InvalidModelException(schema.name(), "Model " + schema.name() + ": attribute '"
                        + attribute.name() + "' is encrypted but is a key, an index key or has roles "
                        + attribute.roles() + "; keys and lifecycle attributes are stored in plain text, so remove"
                        + " the encryption or pick another key");
            }
        }
    }

    @Override
    public ModelSchema schema() {
        return schema;
    }

    @Override
    public Map<String, AttributeValue> encode(T item) {
        Map<String, AttributeValue> encoded;
        try {
            encoded = codec.encode(item);
        } catch (TableTheoryException e) {
            throw withoutValues(e);
        }
        Map<String, AttributeValue> out = new LinkedHashMap<>(encoded);
        for (AttributeSchema attribute : encrypted) {
            AttributeValue value = out.get(attribute.name());
            if (value != null && !(attribute.omitEmpty() && EmptyValues.isEmpty(value))) {
                out.put(attribute.name(), cipher.seal(attribute.name(), value));
            }
        }
        return out;
    }

    @Override
    public T decode(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> opened = new LinkedHashMap<>(item);
        for (AttributeSchema attribute : encrypted) {
            AttributeValue stored = opened.get(attribute.name());
            if (stored != null) {
                opened.put(attribute.name(), checkType(attribute, cipher.open(attribute.name(), stored)));
            }
        }
        try {
            return codec.decode(opened);
        } catch (TableTheoryException e) {
            throw withoutValues(e);
        }
    }

    /**
     * The item a write just stored, decoded without opening the envelopes it sealed: their plaintext comes from
     * encoding the written object again, so a put answers without a key-provider call (with KMS, one {@code Decrypt}
     * per encrypted attribute) and without AES work. Every other stored attribute is decoded as stored, so lifecycle
     * values the write added are seen.
     *
     * @param stored  the item as written (envelopes in place of encrypted values)
     * @param written the object the write encoded
     */
    public T decodeWritten(Map<String, AttributeValue> stored, T written) {
        Map<String, AttributeValue> plain;
        try {
            plain = codec.encode(written);
        } catch (TableTheoryException e) {
            throw withoutValues(e);
        }
        Map<String, AttributeValue> opened = new LinkedHashMap<>(stored);
        for (AttributeSchema attribute : encrypted) {
            AttributeValue value = plain.get(attribute.name());
            if (opened.containsKey(attribute.name()) && value != null) {
                opened.put(attribute.name(), value);
            }
        }
        try {
            return codec.decode(opened);
        } catch (TableTheoryException e) {
            throw withoutValues(e);
        }
    }

    /**
     * Encrypted attributes are sealed here too, so no request can carry their plaintext; an {@link AttributeValue}
     * given for one is taken as its plaintext and sealed as it is.
     */
    @Override
    public AttributeValue encodeValue(String attributeName, Object value) {
        AttributeSchema attribute = encryptedByName.get(attributeName);
        if (attribute == null) {
            return codec.encodeValue(attributeName, value);
        }
        if (value instanceof AttributeValue plain) {
            return cipher.seal(attributeName, plain);
        }
        AttributeValue plain;
        try {
            plain = codec.encodeValue(attributeName, value);
        } catch (TableTheoryException e) {
            throw redacted(e, attributeName);
        }
        return cipher.seal(attributeName, plain);
    }

    private AttributeValue checkType(AttributeSchema attribute, AttributeValue value) {
        AttributeValue.Type expected = attribute.type() == DynamoType.NULL ? AttributeValue.Type.NUL
                : AttributeValue.Type.valueOf(attribute.type().name());
        if (value.type() == expected || value.type() == AttributeValue.Type.NUL) {
            return value;
        }
        throw new InvalidEncryptedEnvelopeException(schema.name(), "Model " + schema.name() + " attribute '"
                + attribute.name() + "': the decrypted value has type " + value.type() + " but the model declares "
                + attribute.type() + "; the item was written with a different model definition");
    }

    /** A codec error that names an encrypted attribute loses its message, which may quote the plaintext. */
    private TableTheoryException withoutValues(TableTheoryException e) {
        if (!(e instanceof InvalidValueException)) {
            return e;
        }
        String message = String.valueOf(e.getMessage());
        for (String name : encryptedByName.keySet()) {
            if (message.contains("'" + name + "'") || message.contains(" " + name + " ")
                    || message.contains(" " + name + ":")) {
                return redacted(e, name);
            }
        }
        return e;
    }

    private TableTheoryException redacted(TableTheoryException e, String attributeName) {
        return new InvalidValueException(schema.name(), "Model " + schema.name() + ": the value of encrypted"
                + " attribute '" + attributeName + "' cannot be encoded or decoded as its type ("
                + encryptedByName.get(attributeName).type() + "); the details are withheld because they may quote"
                + " the value");
    }

    @Override
    public String toString() {
        return "EncryptingItemCodec[" + codec + "]";
    }
}
