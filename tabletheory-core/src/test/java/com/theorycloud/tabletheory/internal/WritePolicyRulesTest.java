package com.theorycloud.tabletheory.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.error.ImmutableModelMutationException;
import com.theorycloud.tabletheory.error.ProtectedFieldMutationException;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.model.WriteMode;
import com.theorycloud.tabletheory.model.WritePolicy;
import com.theorycloud.tabletheory.testmodel.TestUserCodec;
import java.util.List;
import org.junit.jupiter.api.Test;

class WritePolicyRulesTest {

    private static ModelSchema withPolicy(WritePolicy policy) {
        ModelSchema s = TestUserCodec.schema("users");
        return new ModelSchema(s.name(), s.tableName(), s.naming(), s.partitionKey(), s.sortKey(), s.attributes(),
                s.indexes(), policy, s.javaType());
    }

    @Test
    void writeOnceModelsRefusePutUpdateAndDelete() {
        WritePolicyRules rules = new WritePolicyRules(withPolicy(new WritePolicy(WriteMode.WRITE_ONCE, List.of())));

        assertThatThrownBy(() -> rules.checkPut(List.of("PK"), "PK=a")).isInstanceOf(
                ImmutableModelMutationException.class).hasMessageContaining("write-once");
        assertThatThrownBy(() -> rules.checkUpdate(List.of("nickname"), "PK=a"))
                .isInstanceOf(ImmutableModelMutationException.class);
        assertThatThrownBy(() -> rules.checkDelete("PK=a")).isInstanceOf(ImmutableModelMutationException.class);
    }

    @Test
    void protectedAttributesCannotBeUpdatedOrOverwritten() {
        WritePolicyRules rules = new WritePolicyRules(withPolicy(new WritePolicy(WriteMode.MUTABLE,
                List.of("emailHash"))));

        assertThatThrownBy(() -> rules.checkUpdate(List.of("nickname", "emailHash"), "PK=a"))
                .isInstanceOf(ProtectedFieldMutationException.class).hasMessageContaining("'emailHash'");
        assertThatThrownBy(() -> rules.checkPut(List.of("PK", "emailHash"), "PK=a"))
                .isInstanceOf(ProtectedFieldMutationException.class);
        assertThatCode(() -> rules.checkUpdate(List.of("nickname", "updatedAt"), "PK=a")).doesNotThrowAnyException();
        assertThatCode(() -> rules.checkDelete("PK=a")).doesNotThrowAnyException();
    }
}
