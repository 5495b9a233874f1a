package com.theorycloud.tabletheory.internal;

import com.theorycloud.tabletheory.error.ItemTooLargeException;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB's item size, computed the way AWS documents it: each attribute's name in UTF-8 bytes plus its value's size
 * (strings in UTF-8 bytes, binaries in raw bytes, numbers one byte per two significant digits plus one, booleans and
 * nulls one byte, lists and maps three bytes plus their elements, map keys counted like attribute names, sets the sum
 * of their elements).
 */
public final class ItemSize {

    /** DynamoDB's maximum item size: 400 KB. */
    public static final long MAX_ITEM_BYTES = 400 * 1024;

    private static final int LIST_OR_MAP_OVERHEAD = 3;

    private ItemSize() {
    }

    /** The size in bytes of an item as DynamoDB counts it. */
    public static long of(Map<String, AttributeValue> item) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> entry : item.entrySet()) {
            size += utf8Length(entry.getKey()) + valueSize(entry.getValue());
        }
        return size;
    }

    /**
     * Rejects an item larger than DynamoDB accepts.
     *
     * @throws ItemTooLargeException naming the model, key and size
     */
    public static void check(String modelName, Map<String, AttributeValue> key, Map<String, AttributeValue> item) {
        if (upperBound(item) <= MAX_ITEM_BYTES) {
            // Nearly every item is far below the limit; the bound skips the per-character count on every put.
            return;
        }
        long size = of(item);
        if (size > MAX_ITEM_BYTES) {
            throw new ItemTooLargeException(modelName, "Model " + modelName + " item [" + ItemKeys.describe(key)
                    + "] is " + size + " bytes; DynamoDB stores at most " + MAX_ITEM_BYTES
                    + " bytes per item. Move large values to S3 (store a reference) or split the item.");
        }
    }

    /**
     * A bound the exact size never exceeds, from lengths alone: a char is at most 3 UTF-8 bytes (a surrogate pair, 2
     * chars, is 4) and a number of n characters has at most n significant digits.
     */
    static long upperBound(Map<String, AttributeValue> item) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> entry : item.entrySet()) {
            size += 3L * entry.getKey().length() + valueUpperBound(entry.getValue());
        }
        return size;
    }

    private static long valueUpperBound(AttributeValue value) {
        return switch (value.type()) {
            case S -> 3L * value.s().length();
            case N -> value.n().length() + 1L;
            case B -> bytesLength(value.b());
            case BOOL, NUL -> 1;
            case SS -> {
                long size = 0;
                for (String s : value.ss()) {
                    size += 3L * s.length();
                }
                yield size;
            }
            case NS -> {
                long size = 0;
                for (String n : value.ns()) {
                    size += n.length() + 1L;
                }
                yield size;
            }
            case BS -> sumBytes(value.bs());
            case L -> {
                long size = LIST_OR_MAP_OVERHEAD;
                for (AttributeValue element : value.l()) {
                    size += valueUpperBound(element);
                }
                yield size;
            }
            case M -> upperBound(value.m()) + LIST_OR_MAP_OVERHEAD;
            default -> 0;
        };
    }

    /** The size of one value, without any attribute name. */
    public static long valueSize(AttributeValue value) {
        return switch (value.type()) {
            case S -> utf8Length(value.s());
            case N -> numberSize(value.n());
            case B -> bytesLength(value.b());
            case BOOL, NUL -> 1;
            case SS -> sumStrings(value.ss());
            case NS -> sumNumbers(value.ns());
            case BS -> sumBytes(value.bs());
            case L -> {
                long size = LIST_OR_MAP_OVERHEAD;
                for (AttributeValue element : value.l()) {
                    size += valueSize(element);
                }
                yield size;
            }
            case M -> {
                long size = LIST_OR_MAP_OVERHEAD;
                for (Map.Entry<String, AttributeValue> entry : value.m().entrySet()) {
                    size += utf8Length(entry.getKey()) + valueSize(entry.getValue());
                }
                yield size;
            }
            default -> 0;
        };
    }

    static long numberSize(String number) {
        int digits = significantDigits(number);
        return (Math.max(digits, 1) + 1) / 2 + 1;
    }

    /**
     * The significant digits of a number string: the mantissa's digits from the first to the last non-zero one
     * (0 for zero). Scanning the text gives what {@code new BigDecimal(n).stripTrailingZeros().precision()} gives
     * without parsing, which made this check a visible share of every put (see docs/benchmarks.md).
     */
    static int significantDigits(String number) {
        int first = -1;
        int last = -1;
        int position = 0;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c >= '0' && c <= '9') {
                if (c != '0') {
                    if (first < 0) {
                        first = position;
                    }
                    last = position;
                }
                position++;
            }
        }
        return first < 0 ? 0 : last - first + 1;
    }

    private static long sumStrings(List<String> strings) {
        long size = 0;
        for (String s : strings) {
            size += utf8Length(s);
        }
        return size;
    }

    private static long sumNumbers(List<String> numbers) {
        long size = 0;
        for (String n : numbers) {
            size += numberSize(n);
        }
        return size;
    }

    private static long sumBytes(List<SdkBytes> binaries) {
        long size = 0;
        for (SdkBytes b : binaries) {
            size += bytesLength(b);
        }
        return size;
    }

    private static long bytesLength(SdkBytes bytes) {
        return bytes.asByteBuffer().remaining();
    }

    static long utf8Length(String s) {
        // Counting without encoding keeps the check cheap for large strings.
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
