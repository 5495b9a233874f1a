package com.theorycloud.tabletheory.query.internal.cursor;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Writes a cursor as the exact JSON text Go's {@code encoding/json.Marshal} produces for upstream's cursor struct:
 * no whitespace, {@code lastKey} then {@code index} then {@code sort}, map keys sorted by UTF-8 byte order, and Go's
 * string escaping (HTML characters and U+2028/U+2029 escaped). The DMS spec names Go's output as the reference, so
 * cursors made here are byte-identical to the Go runtime's.
 */
public final class CursorJsonWriter {

    /** Go sorts map keys by their UTF-8 bytes, which is code point order. */
    private static final Comparator<String> KEY_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out = new StringBuilder(128);

    private CursorJsonWriter() {
    }

    /**
     * The JSON text of a cursor.
     *
     * @param lastKey the last evaluated key
     * @param index   the index name, or {@code null} to leave it out
     * @param sort    the sort direction ({@code ASC}/{@code DESC}), or {@code null} to leave it out
     * @throws IllegalArgumentException when a key value is not a valid attribute value
     */
    public static String write(Map<String, AttributeValue> lastKey, @Nullable String index, @Nullable String sort) {
        CursorJsonWriter writer = new CursorJsonWriter();
        writer.out.append("{\"lastKey\":");
        writer.writeMap(lastKey);
        if (index != null) {
            writer.out.append(",\"index\":");
            writer.writeString(index);
        }
        if (sort != null) {
            writer.out.append(",\"sort\":");
            writer.writeString(sort);
        }
        writer.out.append('}');
        return writer.out.toString();
    }

    private void writeMap(Map<String, AttributeValue> values) {
        List<String> keys = new ArrayList<>(values.keySet());
        keys.sort(KEY_ORDER);
        out.append('{');
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            writeString(keys.get(i));
            out.append(':');
            writeValue(keys.get(i), values.get(keys.get(i)));
        }
        out.append('}');
    }

    private void writeValue(String name, AttributeValue value) {
        switch (value.type()) {
            case S -> typed("S", () -> writeString(value.s()));
            case N -> typed("N", () -> writeString(value.n()));
            case B -> typed("B", () -> writeBinary(value.b()));
            case BOOL -> typed("BOOL", () -> out.append(value.bool() ? "true" : "false"));
            case NUL -> out.append("{\"NULL\":true}");
            case SS -> typed("SS", () -> writeStrings(value.ss()));
            case NS -> typed("NS", () -> writeStrings(value.ns()));
            case BS -> typed("BS", () -> {
                out.append('[');
                for (int i = 0; i < value.bs().size(); i++) {
                    out.append(i > 0 ? "," : "");
                    writeBinary(value.bs().get(i));
                }
                out.append(']');
            });
            case L -> typed("L", () -> {
                out.append('[');
                for (int i = 0; i < value.l().size(); i++) {
                    out.append(i > 0 ? "," : "");
                    writeValue(name, value.l().get(i));
                }
                out.append(']');
            });
            case M -> typed("M", () -> writeMap(value.m()));
            default -> throw new IllegalArgumentException("attribute '" + name + "' has no value of a known type");
        }
    }

    private void typed(String type, Runnable body) {
        out.append("{\"").append(type).append("\":");
        body.run();
        out.append('}');
    }

    private void writeStrings(List<String> values) {
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            out.append(i > 0 ? "," : "");
            writeString(values.get(i));
        }
        out.append(']');
    }

    private void writeBinary(SdkBytes bytes) {
        out.append('"').append(Base64.getEncoder().encodeToString(bytes.asByteArrayUnsafe())).append('"');
    }

    private void writeString(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '<', '>', '&', '\u2028', '\u2029' -> unicodeEscape(c);
                default -> {
                    if (c < 0x20) {
                        unicodeEscape(c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        // Go replaces invalid UTF-8 with U+FFFD; a lone surrogate is Java's equivalent.
                        out.append("\\ufffd");
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private void unicodeEscape(char c) {
        out.append("\\u").append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                .append(HEX[c & 0xF]);
    }
}
