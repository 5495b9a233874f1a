package com.theorycloud.tabletheory.internal;

import com.theorycloud.tabletheory.error.ImmutableModelMutationException;
import com.theorycloud.tabletheory.error.ProtectedFieldMutationException;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.model.WriteMode;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * A model's release-state write policy, enforced before any call: items of a write-once model can only be created,
 * and no write other than a create may set or remove a protected attribute (a put would overwrite it, so a put that
 * carries one is refused too), as the Go runtime does.
 */
public final class WritePolicyRules {

    private final ModelSchema schema;
    private final Set<String> protectedAttributes;

    /** Prepares the policy of one model. */
    public WritePolicyRules(ModelSchema schema) {
        this(schema, Set.copyOf(schema.writePolicy().protectedAttributes()));
    }

    private WritePolicyRules(ModelSchema schema, Set<String> protectedAttributes) {
        this.schema = schema;
        this.protectedAttributes = protectedAttributes;
    }

    /** The attributes these rules protect. */
    public Set<String> protectedAttributes() {
        return protectedAttributes;
    }

    /** These rules with more protected attributes, for calls that tighten the model's policy. */
    public WritePolicyRules protecting(Collection<String> attributes) {
        Set<String> all = new HashSet<>(protectedAttributes);
        all.addAll(attributes);
        return new WritePolicyRules(schema, Set.copyOf(all));
    }

    /**
     * Checks a put (overwrite).
     *
     * @param attributes the attributes the put stores
     */
    public void checkPut(Collection<String> attributes, String key) {
        rejectWriteOnce("put", key);
        rejectProtected("put", attributes, key);
    }

    /**
     * Checks an update.
     *
     * @param attributes the attributes the update sets or removes
     */
    public void checkUpdate(Collection<String> attributes, String key) {
        rejectWriteOnce("update", key);
        rejectProtected("update", attributes, key);
    }

    /** Checks a delete. */
    public void checkDelete(String key) {
        rejectWriteOnce("delete", key);
    }

    private void rejectWriteOnce(String operation, String key) {
        if (schema.writePolicy().mode() == WriteMode.WRITE_ONCE) {
            throw new ImmutableModelMutationException(schema.name(), "Model " + schema.name()
                    + " is write-once: items can be created but not " + (operation.equals("put") ? "overwritten"
                    : operation + "d") + " (" + operation + " of [" + key + "]); write a new item instead");
        }
    }

    private void rejectProtected(String operation, Collection<String> attributes, String key) {
        if (protectedAttributes.isEmpty()) {
            return;
        }
        for (String attribute : attributes) {
            if (protectedAttributes.contains(attribute)) {
                throw new ProtectedFieldMutationException(schema.name(), "Model " + schema.name() + ": attribute '"
                        + attribute + "' is protected and cannot be changed by " + operation + " of [" + key
                        + "]; set it only when the item is created");
            }
        }
    }
}
