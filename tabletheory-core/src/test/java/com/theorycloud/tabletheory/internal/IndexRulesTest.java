package com.theorycloud.tabletheory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.error.IndexNotFoundException;
import com.theorycloud.tabletheory.error.InvalidOperatorException;
import com.theorycloud.tabletheory.model.IndexSchema;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.testmodel.TestUserCodec;
import org.junit.jupiter.api.Test;

class IndexRulesTest {

    private final ModelSchema schema = TestUserCodec.INSTANCE.schema();

    @Test
    void rejectsConsistentReadOnAGlobalIndex() {
        IndexSchema gsi = IndexRules.resolve(schema, "gsi-email");

        assertThatThrownBy(() -> IndexRules.checkConsistentRead(schema, gsi, true))
                .isInstanceOf(InvalidOperatorException.class).hasMessageContaining("gsi-email")
                .hasMessageContaining("User");
        assertThatCode(() -> IndexRules.checkConsistentRead(schema, gsi, false)).doesNotThrowAnyException();
        assertThatCode(() -> IndexRules.checkConsistentRead(schema, null, true)).doesNotThrowAnyException();
    }

    @Test
    void rejectsUnknownIndexes() {
        assertThat(IndexRules.resolve(schema, null)).isNull();
        assertThatThrownBy(() -> IndexRules.resolve(schema, "gsi-nope")).isInstanceOf(IndexNotFoundException.class)
                .hasMessageContaining("gsi-email");
    }
}
