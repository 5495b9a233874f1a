package com.theorycloud.tabletheory.query.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.error.IndexNotFoundException;
import com.theorycloud.tabletheory.error.InvalidOperatorException;
import com.theorycloud.tabletheory.model.KeyAttribute;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.model.dms.DmsLoader;
import org.junit.jupiter.api.Test;

class IndexChoiceTest {

    private static final ModelSchema EVENT = DmsLoader.loadResource("query/events.yml").model("Event");

    @Test
    void prefersTheTableForItsPartitionKey() {
        KeyTarget target = IndexChoice.forQuery(EVENT, null, "PK", null);
        assertThat(target.index()).isNull();
        assertThat(target.lastKeyParts()).extracting(KeyAttribute::name).containsExactly("PK", "SK");
        assertThat(IndexChoice.forQuery(EVENT, null, "PK", "SK").index()).isNull();
    }

    @Test
    void infersTheOnlyIndexWhoseKeysMatch() {
        KeyTarget lsi = IndexChoice.forQuery(EVENT, null, "PK", "rank");
        assertThat(lsi.indexName()).isEqualTo("lsi-rank");
        assertThat(lsi.lastKeyParts()).extracting(KeyAttribute::name).containsExactly("PK", "SK", "rank");
        KeyTarget gsi = IndexChoice.forQuery(EVENT, null, "region", "rank");
        assertThat(gsi.indexName()).isEqualTo("gsi-region-rank");
        assertThat(gsi.lastKeyParts()).extracting(KeyAttribute::name).containsExactly("PK", "SK", "region", "rank");
    }

    @Test
    void namesTheCandidatesWhenAmbiguousOrImpossible() {
        assertThatThrownBy(() -> IndexChoice.forQuery(EVENT, null, "region", null))
                .isInstanceOf(InvalidOperatorException.class)
                .hasMessageContaining("[gsi-region-rank, gsi-region-keys]");
        assertThatThrownBy(() -> IndexChoice.forQuery(EVENT, null, "region", "SK"))
                .isInstanceOf(IndexNotFoundException.class).hasMessageContaining("lsi-rank");
        assertThatThrownBy(() -> IndexChoice.forQuery(EVENT, "gsi-region-keys", "region", "rank"))
                .isInstanceOf(InvalidOperatorException.class).hasMessageContaining("no sort key");
        assertThatThrownBy(() -> IndexChoice.forScan(EVENT, "missing")).isInstanceOf(IndexNotFoundException.class);
        assertThat(IndexChoice.forQuery(EVENT, "gsi-region-keys", "region", null).indexName())
                .isEqualTo("gsi-region-keys");
    }
}
