package com.theorycloud.tabletheory.internal;

import com.theorycloud.tabletheory.model.AttributeFormat;
import com.theorycloud.tabletheory.model.AttributeRole;
import com.theorycloud.tabletheory.model.AttributeSchema;
import com.theorycloud.tabletheory.model.DynamoType;
import com.theorycloud.tabletheory.model.KeyAttribute;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.model.NamingConvention;
import com.theorycloud.tabletheory.model.WritePolicy;
import java.util.List;
import java.util.Set;

/** A partition-key-only slice of the contract's TypeMatrix model. */
final class TypeMatrixSchema {

    static final ModelSchema SCHEMA = new ModelSchema("TypeMatrix", "type_matrix", NamingConvention.CAMEL_CASE,
            new KeyAttribute("PK", DynamoType.S), null, List.of(
                    attr("PK", DynamoType.S, Set.of(AttributeRole.PK)),
                    attr("emptyNumberSet", DynamoType.NS, Set.of()),
                    attr("optionalString", DynamoType.S, Set.of())),
            List.of(), WritePolicy.MUTABLE, null);

    private TypeMatrixSchema() {
    }

    private static AttributeSchema attr(String name, DynamoType type, Set<AttributeRole> roles) {
        return new AttributeSchema(name, name, type, AttributeFormat.NONE, roles, false, false, false, false);
    }
}
