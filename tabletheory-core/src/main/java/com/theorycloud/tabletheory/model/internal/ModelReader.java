package com.theorycloud.tabletheory.model.internal;

import com.theorycloud.tabletheory.annotation.GlobalSecondaryIndex;
import com.theorycloud.tabletheory.annotation.LocalSecondaryIndex;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.model.AttributeRole;
import com.theorycloud.tabletheory.model.AttributeSchema;
import com.theorycloud.tabletheory.model.IndexSchema;
import com.theorycloud.tabletheory.model.IndexType;
import com.theorycloud.tabletheory.model.KeyAttribute;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.model.NamingConvention;
import com.theorycloud.tabletheory.model.ProjectionType;
import com.theorycloud.tabletheory.model.WritePolicy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds and validates the schema of an annotated model: table, keys, lifecycle roles, indexes and write policy.
 * Every rule a model breaks is reported with the class, the property and the fix.
 */
public final class ModelReader {

    private ModelReader() {
    }

    /**
     * Reads a model class.
     *
     * @param converters chooses each property's converter
     * @throws InvalidModelException when the class is not a valid TableTheory model
     */
    public static ModelBlueprint read(Class<?> type, NamingConvention defaultNaming, PropertyConverters converters) {
        TableTheoryModel model = type.getAnnotation(TableTheoryModel.class);
        if (model == null) {
            throw new InvalidModelException(type.getSimpleName(), type.getName() + " is not a TableTheory model:"
                    + " annotate it with @TableTheoryModel(table = \"...\")");
        }
        String name = model.name().isBlank() ? type.getSimpleName() : model.name();
        if (model.table().isBlank()) {
            throw new InvalidModelException(name, "@TableTheoryModel on " + type.getName() + " has an empty table"
                    + " name: set table = \"...\"");
        }
        NamingConvention naming = naming(type, name, model, defaultNaming);
        StructureBlueprint structure = StructureReader.read(type, name, naming, converters);
        List<AttributeSchema> attributes = new ArrayList<>();
        structure.properties().forEach(p -> attributes.add(p.schema()));

        AttributeSchema pk = single(name, attributes, AttributeRole.PK, "@PartitionKey");
        if (pk == null) {
            throw new InvalidModelException(name, name + " (" + type.getName() + ") has no partition key: annotate"
                    + " one property with @PartitionKey");
        }
        AttributeSchema sk = single(name, attributes, AttributeRole.SK, "@SortKey");
        single(name, attributes, AttributeRole.VERSION, "@Version");
        single(name, attributes, AttributeRole.CREATED_AT, "@CreatedAt");
        single(name, attributes, AttributeRole.UPDATED_AT, "@UpdatedAt");
        single(name, attributes, AttributeRole.TTL, "@Ttl");
        KeyAttribute partitionKey = new KeyAttribute(pk.name(), pk.type());
        KeyAttribute sortKey = sk == null ? null : new KeyAttribute(sk.name(), sk.type());
        List<IndexSchema> indexes = indexes(type, name, attributes, partitionKey, sortKey);
        WritePolicy writePolicy = writePolicy(type, name, attributes);
        ModelSchema schema = new ModelSchema(name, model.table(), naming, partitionKey, sortKey, attributes,
                indexes, writePolicy, type);
        return new ModelBlueprint(schema, structure);
    }

    /**
     * The convention a model class declares, or the default when it declares none.
     *
     * @throws InvalidModelException when the annotation lists more than one convention
     */
    public static NamingConvention naming(Class<?> type, String name, TableTheoryModel model,
            NamingConvention defaultNaming) {
        NamingConvention[] declared = model.naming();
        if (declared.length > 1) {
            throw new InvalidModelException(name, "@TableTheoryModel on " + type.getName() + " declares "
                    + declared.length + " naming conventions " + java.util.Arrays.toString(declared)
                    + ": give at most one, e.g. naming = NamingConvention.SNAKE_CASE");
        }
        return declared.length == 1 ? declared[0] : defaultNaming;
    }

    private static @Nullable AttributeSchema single(String model, List<AttributeSchema> attributes, AttributeRole role,
            String annotation) {
        AttributeSchema found = null;
        for (AttributeSchema attribute : attributes) {
            if (attribute.hasRole(role)) {
                if (found != null) {
                    throw new InvalidModelException(model, model + " has two properties with " + annotation + " ("
                            + found.property() + " and " + attribute.property() + "): keep it on one");
                }
                found = attribute;
            }
        }
        return found;
    }

    private static List<IndexSchema> indexes(Class<?> type, String model, List<AttributeSchema> attributes,
            KeyAttribute tablePk, @Nullable KeyAttribute tableSk) {
        List<IndexSchema> indexes = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (GlobalSecondaryIndex gsi : type.getAnnotationsByType(GlobalSecondaryIndex.class)) {
            String where = "@GlobalSecondaryIndex '" + gsi.name() + "' on " + model;
            requireNewName(model, where, gsi.name(), names);
            KeyAttribute pk = indexKey(model, where, "partitionKey", gsi.partitionKey(), attributes);
            KeyAttribute sk = gsi.sortKey().isBlank() ? null
                    : indexKey(model, where, "sortKey", gsi.sortKey(), attributes);
            indexes.add(new IndexSchema(gsi.name(), IndexType.GSI, pk, sk,
                    projection(model, where, gsi.projection(), gsi.include()),
                    resolveAll(model, where, gsi.include(), attributes)));
        }
        for (LocalSecondaryIndex lsi : type.getAnnotationsByType(LocalSecondaryIndex.class)) {
            String where = "@LocalSecondaryIndex '" + lsi.name() + "' on " + model;
            requireNewName(model, where, lsi.name(), names);
            if (tableSk == null) {
                throw new InvalidModelException(model, where + " needs a table sort key, but " + model + " has none:"
                        + " add @SortKey or use @GlobalSecondaryIndex");
            }
            KeyAttribute sk = indexKey(model, where, "sortKey", lsi.sortKey(), attributes);
            indexes.add(new IndexSchema(lsi.name(), IndexType.LSI, tablePk, sk,
                    projection(model, where, lsi.projection(), lsi.include()),
                    resolveAll(model, where, lsi.include(), attributes)));
        }
        return indexes;
    }

    private static void requireNewName(String model, String where, String name, Set<String> names) {
        if (name.isBlank()) {
            throw new InvalidModelException(model, where + " has an empty name: set name = \"...\"");
        }
        if (!names.add(name)) {
            throw new InvalidModelException(model, where + " repeats an index name already declared on " + model
                    + ": give each index its own name");
        }
    }

    private static ProjectionType projection(String model, String where, ProjectionType declared, String[] include) {
        if (include.length == 0) {
            return declared;
        }
        if (declared == ProjectionType.KEYS_ONLY) {
            throw new InvalidModelException(model, where + " lists include attributes with a KEYS_ONLY projection:"
                    + " drop include or use ProjectionType.INCLUDE");
        }
        return ProjectionType.INCLUDE;
    }

    private static KeyAttribute indexKey(String model, String where, String role, String reference,
            List<AttributeSchema> attributes) {
        if (reference.isBlank()) {
            throw new InvalidModelException(model, where + " has no " + role + ": name the key attribute");
        }
        AttributeSchema attribute = resolve(model, where, reference, attributes);
        if (!attribute.type().isKeyType()) {
            throw new InvalidModelException(model, where + " uses " + attribute.name() + " as " + role + ", but it is"
                    + " stored as " + attribute.type() + ": index keys must be S, N or B");
        }
        if (attribute.encrypted()) {
            throw new InvalidModelException(model, where + " uses encrypted attribute " + attribute.name() + " as "
                    + role + ": encrypted attributes cannot be index keys; remove @Encrypted or pick another key");
        }
        return new KeyAttribute(attribute.name(), attribute.type());
    }

    private static List<String> resolveAll(String model, String where, String[] references,
            List<AttributeSchema> attributes) {
        List<String> names = new ArrayList<>(references.length);
        for (String reference : references) {
            names.add(resolve(model, where, reference, attributes).name());
        }
        return names;
    }

    /** Finds an attribute by DynamoDB name first, then by Java property name. */
    private static AttributeSchema resolve(String model, String where, String reference,
            List<AttributeSchema> attributes) {
        for (AttributeSchema attribute : attributes) {
            if (attribute.name().equals(reference)) {
                return attribute;
            }
        }
        for (AttributeSchema attribute : attributes) {
            if (attribute.property().equals(reference)) {
                return attribute;
            }
        }
        List<String> known = new ArrayList<>();
        attributes.forEach(a -> known.add(a.name()));
        throw new InvalidModelException(model, where + " names '" + reference + "', which is not an attribute or"
                + " property of " + model + ": use one of " + known);
    }

    private static WritePolicy writePolicy(Class<?> type, String model, List<AttributeSchema> attributes) {
        com.theorycloud.tabletheory.annotation.WritePolicy policy =
                type.getAnnotation(com.theorycloud.tabletheory.annotation.WritePolicy.class);
        if (policy == null) {
            return WritePolicy.MUTABLE;
        }
        return new WritePolicy(policy.mode(), resolveAll(model, "@WritePolicy on " + model,
                policy.protectedAttributes(), attributes));
    }
}
