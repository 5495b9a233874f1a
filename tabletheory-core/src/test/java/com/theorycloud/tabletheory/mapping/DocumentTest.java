package com.theorycloud.tabletheory.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentTest {

    @Test
    void isADeepImmutableCopy() {
        List<Object> tags = new ArrayList<>(List.of("a"));
        Map<String, Object> source = new HashMap<>(Map.of("tags", tags));
        byte[] blob = {1, 2};

        Document document = Document.builder().putAll(source).put("blob", blob).build();
        tags.add("b");
        blob[0] = 9;

        assertThat(document.getList("tags")).containsExactly("a");
        assertThat(document.getBytes("blob")).containsExactly(1, 2);
        assertThatThrownBy(() -> document.getList("tags").add("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> document.asMap().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void comparesValuesByValue() {
        Document a = Document.of(Map.of("n", new BigDecimal("1.0"), "b", new byte[] {1}, "s", Set.of("x", "y")));
        Document b = Document.of(Map.of("n", 1, "b", new byte[] {1}, "s", Set.of("y", "x")));

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(b.with("n", 2));
    }

    @Test
    void givesTypedAccess() {
        Document document = Document.builder()
                .put("name", "Ada")
                .put("count", 3)
                .put("exact", "0.12345678901234567")
                .put("flag", true)
                .put("blob", "AQID")
                .put("nothing", null)
                .build();

        assertThat(document.getString("name")).isEqualTo("Ada");
        assertThat(document.getLong("count")).isEqualTo(3L);
        assertThat(document.getNumber("exact")).isEqualByComparingTo("0.12345678901234567");
        assertThat(document.getBoolean("flag")).isTrue();
        assertThat(document.getBytes("blob")).containsExactly(1, 2, 3);
        assertThat(document.has("nothing")).isTrue();
        assertThat(document.get("nothing")).isNull();
        assertThat(document.getString("absent")).isNull();
        assertThat(document.without("name").has("name")).isFalse();
        assertThat(document.names()).containsExactly("name", "count", "exact", "flag", "blob", "nothing");
    }

    @Test
    void explainsTypeMismatches() {
        Document document = Document.of(Map.of("count", 3));

        assertThatThrownBy(() -> document.getString("count"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("attribute 'count' holds a Integer (3), not a String");
        assertThatThrownBy(() -> Document.of(Map.of("n", Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("attribute 'n'");
        assertThatThrownBy(() -> Document.of(Map.of("when", new Object())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a logical value");
    }
}
