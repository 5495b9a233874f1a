package com.theorycloud.tabletheory.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.error.InvalidCursorException;
import com.theorycloud.tabletheory.model.dms.ContractDirectory;
import com.theorycloud.tabletheory.query.internal.cursor.CursorJsonReader;
import com.theorycloud.tabletheory.query.internal.cursor.CursorJsonWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class CursorCodecTest {

    private static Cursor fromJson(String json) {
        CursorJsonReader.Parts parts = CursorJsonReader.read(json);
        return new Cursor(parts.lastKey(), parts.index(),
                parts.sort() == null ? null : SortDirection.valueOf(parts.sort()));
    }

    private static String toJson(Cursor cursor) {
        return CursorJsonWriter.write(cursor.lastKey(), cursor.index(),
                cursor.sort() == null ? null : cursor.sort().name());
    }

    static Stream<Path> goldenJsonFiles() throws IOException {
        return Files.list(ContractDirectory.resolve("golden/cursor"))
                .filter(p -> p.getFileName().toString().endsWith(".json"))
                .sorted();
    }

    private static String read(Path path) throws IOException {
        return Files.readString(path, StandardCharsets.UTF_8).strip();
    }

    private static String goldenCursor(Path json) throws IOException {
        Path cursor = json.resolveSibling(json.getFileName().toString().replace(".json", ".cursor"));
        // Upstream writes no .cursor file for an empty last key: the encoding of "no next page" is the empty string.
        return Files.exists(cursor) ? read(cursor) : "";
    }

    @ParameterizedTest
    @MethodSource("goldenJsonFiles")
    void encodesEveryGoldenCursorByteForByte(Path json) throws IOException {
        Cursor cursor = fromJson(read(json));

        assertThat(CursorCodec.encode(cursor)).isEqualTo(goldenCursor(json));
    }

    @ParameterizedTest
    @MethodSource("goldenJsonFiles")
    void decodesEveryGoldenCursorToItsJson(Path json) throws IOException {
        Cursor decoded = CursorCodec.decode(goldenCursor(json));

        assertThat(decoded).isEqualTo(fromJson(read(json)));
        if (!decoded.isEnd()) {
            assertThat(toJson(decoded)).isEqualTo(read(json));
        }
    }

    @Test
    void encodesHandBuiltCursorLikeUpstream() {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        key.put("SK", AttributeValue.fromS("PROFILE"));
        key.put("PK", AttributeValue.fromS("USER#1"));

        String encoded = CursorCodec.encode(new Cursor(key, "gsi-email", SortDirection.ASC));

        assertThat(encoded).isEqualTo("eyJsYXN0S2V5Ijp7IlBLIjp7IlMiOiJVU0VSIzEifSwiU0siOnsiUyI6IlBST0ZJTEUifX0sImlu"
                + "ZGV4IjoiZ3NpLWVtYWlsIiwic29ydCI6IkFTQyJ9");
    }

    @Test
    void roundTripsEveryAttributeType() {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        key.put("s", AttributeValue.fromS("a\"b\\c\n<&>\u2028é😀"));
        key.put("n", AttributeValue.fromN("-1.5E+3"));
        key.put("b", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {(byte) 0xFB, (byte) 0xFF})));
        key.put("bool", AttributeValue.fromBool(false));
        key.put("null", AttributeValue.fromNul(true));
        key.put("ss", AttributeValue.fromSs(List.of("x", "y")));
        key.put("ns", AttributeValue.fromNs(List.of("1", "2")));
        key.put("bs", AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("?>?"))));
        key.put("l", AttributeValue.fromL(List.of(AttributeValue.fromS("x"), AttributeValue.fromN("1"))));
        key.put("m", AttributeValue.fromM(Map.of("z", AttributeValue.fromS("1"), "a", AttributeValue.fromS("2"))));
        Cursor cursor = new Cursor(key, "idx", SortDirection.DESC);

        Cursor decoded = CursorCodec.decode(CursorCodec.encode(cursor));

        assertThat(decoded).isEqualTo(cursor);
    }

    @Test
    void writesGoStyleEscapesAndSortedNestedKeys() {
        Map<String, AttributeValue> key = Map.of(
                "PK", AttributeValue.fromS("<a&b>\u0001\u2029"),
                "M", AttributeValue.fromM(Map.of("b", AttributeValue.fromS("1"), "a", AttributeValue.fromS("2"))));

        String json = toJson(Cursor.of(key));

        assertThat(json).isEqualTo("{\"lastKey\":{\"M\":{\"M\":{\"a\":{\"S\":\"2\"},\"b\":{\"S\":\"1\"}}},"
                + "\"PK\":{\"S\":\"\\u003ca\\u0026b\\u003e\\u0001\\u2029\"}}}");
    }

    @Test
    void encodesEndOfResultsAsEmptyStringAndBack() {
        assertThat(CursorCodec.encode(Cursor.end())).isEmpty();
        assertThat(CursorCodec.decode("")).isEqualTo(Cursor.end());
        assertThat(CursorCodec.decode(null).isEnd()).isTrue();
    }

    @Test
    void acceptsStandardAlphabetAndMissingPadding() {
        String json = "{\"lastKey\":{\"PK\":{\"S\":\"??>\"}}}";
        String standard = Base64.getEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));

        Cursor cursor = CursorCodec.decode(standard);

        assertThat(cursor.lastKey()).containsEntry("PK", AttributeValue.fromS("??>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "not base64 at all!",
        "eyJsYXN0S2V5Ijp7IlBLIjp7IlMiOiJVU0VSIzEifSwiU0siOnsiUyI6IlBST0ZJTEUifX0sImluZGV4IjoiZ3NpLWVtYWlsIiwic29ydCI",
        "Zm9vYmFy",
        "a",
    })
    void rejectsGarbledCursors(String garbled) {
        assertThatThrownBy(() -> CursorCodec.decode(garbled))
                .isInstanceOf(InvalidCursorException.class)
                .hasMessageStartingWith("Invalid cursor: ")
                .hasMessageContaining("previous page");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[1,2]",
        "{}",
        "{\"lastKey\":[]}",
        "{\"lastKey\":{\"PK\":\"USER#1\"}}",
        "{\"lastKey\":{\"PK\":{\"S\":\"a\",\"N\":\"1\"}}}",
        "{\"lastKey\":{\"PK\":{\"X\":\"a\"}}}",
        "{\"lastKey\":{\"PK\":{\"N\":\"twelve\"}}}",
        "{\"lastKey\":{\"PK\":{\"N\":12}}}",
        "{\"lastKey\":{\"PK\":{\"B\":\"***\"}}}",
        "{\"lastKey\":{\"PK\":{\"NULL\":false}}}",
        "{\"lastKey\":{\"PK\":{\"S\":\"a\"}},\"sort\":\"UP\"}",
        "{\"lastKey\":{\"PK\":{\"S\":\"a\"}},\"index\":7}",
        "{\"lastKey\":{\"PK\":{\"S\":\"a\"},\"PK\":{\"S\":\"b\"}}}",
        "{\"lastKey\":{\"PK\":{\"S\":\"a\"}}} trailing",
    })
    void rejectsWrongShapedCursors(String json) {
        String encoded = Base64.getUrlEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> CursorCodec.decode(encoded))
                .isInstanceOf(InvalidCursorException.class)
                .hasMessageStartingWith("Invalid cursor: ");
    }

    @Test
    void rejectsTamperedGoldenCursor() throws IOException {
        String golden = read(ContractDirectory.resolve("golden/cursor/cursor_v0.1_basic.cursor"));
        String tampered = "A" + golden.substring(1);

        assertThatThrownBy(() -> CursorCodec.decode(tampered)).isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void treatsEmptyIndexAsNoIndex() {
        Cursor cursor = new Cursor(Map.of("PK", AttributeValue.fromS("a")), "", null);

        assertThat(cursor.index()).isNull();
        assertThat(CursorCodec.encode(cursor)).isEqualTo(CursorCodec.encode(Cursor.of(cursor.lastKey())));
    }
}
