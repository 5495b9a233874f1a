package com.theorycloud.tabletheory.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.error.InvalidValueException;
import com.theorycloud.tabletheory.mapping.internal.values.LogicalValues;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.model.dms.ContractDirectory;
import com.theorycloud.tabletheory.model.dms.DmsLoader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DocumentItemCodecTest {

    private static DocumentItemCodec codec(String file, String model) {
        return DocumentItemCodec.of(DmsLoader.load(ContractDirectory.resolve("dms/v0.2/models/" + file)).model(model));
    }

    private static final DocumentItemCodec TYPE_MATRIX = codec("type-matrix.yml", "TypeMatrix");
    private static final DocumentItemCodec USER = codec("user.yml", "User");
    private static final DocumentItemCodec NUMBERS = codec("number-precision.yml", "NumberPrecision");
    private static final DocumentItemCodec RELEASE = codec("release-state.yml", "ReleaseStateActual");

    /** The type-matrix item exactly as scenario p0/11 writes it. */
    private static Document typeMatrixItem() {
        Map<String, Object> nested = Map.of("nested", "value");
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("PK", "TYPE#1");
        item.put("SK", "MATRIX#1");
        item.put("numberSet", List.of("9007199254740993", "42"));
        item.put("binaryBlob", "AQID");
        item.put("binarySet", List.of("BAU=", "Bgc="));
        item.put("flag", true);
        item.put("nothing", null);
        item.put("items", java.util.Arrays.asList("alpha", true, null, nested));
        item.put("metadata", Map.of("label", "meta", "active", true, "child", nested));
        item.put("emptyNumberSet", List.of());
        item.put("emptyBinarySet", List.of());
        item.put("optionalString", "");
        return Document.of(item);
    }

    @Test
    void encodesTypeMatrixByDmsType() {
        Map<String, AttributeValue> encoded = TYPE_MATRIX.encode(typeMatrixItem());

        assertThat(encoded.get("numberSet")).isEqualTo(AttributeValue.fromNs(List.of("9007199254740993", "42")));
        assertThat(encoded.get("binaryBlob")).isEqualTo(AttributeValue.fromB(SdkBytes.fromByteArray(
                new byte[] {1, 2, 3})));
        assertThat(encoded.get("binarySet")).isEqualTo(AttributeValue.fromBs(List.of(
                SdkBytes.fromByteArray(new byte[] {4, 5}), SdkBytes.fromByteArray(new byte[] {6, 7}))));
        assertThat(encoded.get("flag")).isEqualTo(AttributeValue.fromBool(true));
        assertThat(encoded.get("nothing")).isEqualTo(AttributeValue.fromNul(true));
        assertThat(encoded.get("items").l()).extracting(AttributeValue::type).containsExactly(
                AttributeValue.Type.S, AttributeValue.Type.BOOL, AttributeValue.Type.NUL, AttributeValue.Type.M);
        assertThat(encoded.get("metadata").m().get("child")).isEqualTo(AttributeValue.fromM(Map.of("nested",
                AttributeValue.fromS("value"))));
        assertThat(encoded.get("optionalString")).isEqualTo(AttributeValue.fromS(""));
    }

    @Test
    void keepsEmptySetsAsEmptySetValuesForTheEngine() {
        Map<String, AttributeValue> encoded = TYPE_MATRIX.encode(typeMatrixItem());

        assertThat(encoded.get("emptyNumberSet").type()).isEqualTo(AttributeValue.Type.NS);
        assertThat(encoded.get("emptyNumberSet").hasNs()).isTrue();
        assertThat(encoded.get("emptyNumberSet").ns()).isEmpty();
        assertThat(encoded.get("emptyBinarySet").hasBs()).isTrue();
        assertThat(USER.encode(Document.of(Map.of("tags", Set.of()))).get("tags").hasSs()).isTrue();
    }

    @Test
    void decodesTypeMatrixBackToScenarioValues() {
        Map<String, AttributeValue> stored = new LinkedHashMap<>(TYPE_MATRIX.encode(typeMatrixItem()));
        // What the engine stores for empty sets without omit_empty.
        stored.put("emptyNumberSet", AttributeValue.fromNul(true));
        stored.put("emptyBinarySet", AttributeValue.fromNul(true));

        Document decoded = TYPE_MATRIX.decode(stored);

        assertThat(decoded.getSet("numberSet")).containsExactly(new BigDecimal("9007199254740993"),
                new BigDecimal("42"));
        assertThat(decoded.getBytes("binaryBlob")).containsExactly(1, 2, 3);
        assertThat(decoded.getSet("emptyNumberSet")).isEmpty();
        assertThat(decoded.has("nothing")).isTrue();
        assertThat(decoded.get("nothing")).isNull();
        assertThat(decoded.getList("items")).containsExactly("alpha", true, null, Map.of("nested", "value"));
        assertThat(LogicalValues.looselyEquals(typeMatrixItem().asMap(), decoded.asMap())).isTrue();
    }

    @Test
    void keepsDecimalStringsExact() {
        Document item = Document.of(Map.of("PK", "NUM#2", "SK", "CASE#lossy-decimal",
                "largeInteger", "9007199254740993", "preciseDecimal", "0.12345678901234567"));

        Map<String, AttributeValue> encoded = NUMBERS.encode(item);
        Document decoded = NUMBERS.decode(encoded);

        assertThat(encoded.get("largeInteger")).isEqualTo(AttributeValue.fromN("9007199254740993"));
        assertThat(encoded.get("preciseDecimal")).isEqualTo(AttributeValue.fromN("0.12345678901234567"));
        assertThat(decoded.getString("largeInteger")).isEqualTo("9007199254740993");
        assertThat(decoded.getString("preciseDecimal")).isEqualTo("0.12345678901234567");
        assertThat(decoded.getNumber("preciseDecimal")).isEqualByComparingTo("0.12345678901234567");
    }

    @Test
    void encodesTimestampsAndTtlFromInstants() {
        Instant instant = Instant.parse("2026-07-03T01:30:00.120Z");

        assertThat(USER.encodeValue("createdAt", instant))
                .isEqualTo(AttributeValue.fromS("2026-07-03T01:30:00.120000000Z"));
        assertThat(USER.encodeValue("createdAt", Instant.parse("2026-07-03T01:30:00Z")))
                .isEqualTo(AttributeValue.fromS("2026-07-03T01:30:00.000000000Z"));
        assertThat(USER.encodeValue("ttl", instant)).isEqualTo(AttributeValue.fromN("1783042200"));
        assertThat(USER.encodeValue("ttl", 1_700_000_000)).isEqualTo(AttributeValue.fromN("1700000000"));
        assertThat(USER.decode(Map.of("ttl", AttributeValue.fromN("1700000000"))).getLong("ttl"))
                .isEqualTo(1_700_000_000L);
    }

    @Test
    void storesJsonAttributesAsNativeMaps() {
        Map<String, Object> provenance = Map.of("mode", "ci", "evidence", List.of(Map.of("kind", "build",
                "ref", "abc")));

        AttributeValue encoded = RELEASE.encodeValue("provenance", provenance);

        assertThat(encoded.type()).isEqualTo(AttributeValue.Type.M);
        assertThat(encoded.m().get("evidence").l().get(0).m().get("ref")).isEqualTo(AttributeValue.fromS("abc"));
        assertThat(RELEASE.decodeValue("provenance", encoded)).isEqualTo(provenance);
    }

    @Test
    void rejectsUnknownAttributesNamingModelAndAttribute() {
        assertThatThrownBy(() -> USER.encode(Document.of(Map.of("PK", "U#1", "nickName", "x"))))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageStartingWith("Model 'User' has no attribute 'nickName'. Declare it")
                .hasMessageContaining("nickname");
    }

    @Test
    void rejectsValuesOfTheWrongType() {
        assertThatThrownBy(() -> USER.encodeValue("nickname", 12))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Model 'User', attribute 'nickname' (type S): expected a String but got a Integer (12). "
                        + "Give a value of the attribute's type.");
        assertThatThrownBy(() -> USER.encodeValue("version", "1.5"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("(type N, format int): 1.5 is not a whole number");
        assertThatThrownBy(() -> USER.encodeValue("tags", List.of("a", "a")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("the set holds a twice");
        assertThatThrownBy(() -> TYPE_MATRIX.encodeValue("numberSet", List.of("1", "1.0")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("DynamoDB sets cannot hold duplicates");
        assertThatThrownBy(() -> TYPE_MATRIX.encodeValue("binaryBlob", "not base64!"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("is not standard base64 text");
        assertThatThrownBy(() -> NUMBERS.encodeValue("largeInteger", "1e400"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("outside DynamoDB's number range");
        assertThatThrownBy(() -> TYPE_MATRIX.encodeValue("nothing", "x"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("type is NULL");
        assertThatThrownBy(() -> TYPE_MATRIX.encodeValue("items", Set.of("x")))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void readsOnlyDeclaredAttributes() {
        Document decoded = USER.decode(Map.of("PK", AttributeValue.fromS("U#1"),
                "someoneElsesField", AttributeValue.fromS("x")));

        assertThat(decoded.asMap()).containsOnlyKeys("PK");
    }

    @Test
    void decodesAnUnexpectedStoredTypeUntyped() {
        Document decoded = USER.decode(Map.of("nickname", AttributeValue.fromN("5")));

        assertThat(decoded.get("nickname")).isEqualTo(new BigDecimal("5"));
    }

    @Test
    void exposesItsSchema() {
        ModelSchema schema = USER.schema();

        assertThat(schema.name()).isEqualTo("User");
    }
}
