package com.theorycloud.tabletheory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.error.ItemTooLargeException;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ItemSizeTest {

    @Test
    void countsNamesAndStringsInUtf8Bytes() {
        assertThat(ItemSize.of(Map.of("ab", AttributeValue.fromS("héllo")))).isEqualTo(2 + 6);
        assertThat(ItemSize.of(Map.of("日", AttributeValue.fromS("😀")))).isEqualTo(3 + 4);
    }

    @Test
    void countsNumbersByTheirSignificantDigits() {
        assertThat(ItemSize.valueSize(AttributeValue.fromN("0"))).isEqualTo(2);
        assertThat(ItemSize.valueSize(AttributeValue.fromN("12345"))).isEqualTo(4);
        assertThat(ItemSize.valueSize(AttributeValue.fromN("1200000"))).isEqualTo(2);
        assertThat(ItemSize.valueSize(AttributeValue.fromN("-0.0012"))).isEqualTo(2);
    }

    @Test
    void countsSignificantDigitsAsBigDecimalDoes() {
        for (String number : List.of("0", "-0", "0.000", "7", "10", "100.00", "-0.0012", "43.33", "1.2300E+5",
                "9.9999999999999999999999999999999999999E+125", "1E-130", "12345678901234567890123456789012345678",
                "0.10203", "+5.50e-3", "1000000000000000000000")) {
            java.math.BigDecimal decimal = new java.math.BigDecimal(number);
            int expected = decimal.signum() == 0 ? 0 : decimal.stripTrailingZeros().precision();
            assertThat(ItemSize.significantDigits(number)).as(number).isEqualTo(expected);
        }
    }

    @Test
    void countsScalarsSetsAndDocuments() {
        assertThat(ItemSize.valueSize(AttributeValue.fromBool(true))).isEqualTo(1);
        assertThat(ItemSize.valueSize(AttributeValue.fromNul(true))).isEqualTo(1);
        assertThat(ItemSize.valueSize(AttributeValue.fromB(SdkBytes.fromByteArray(new byte[10])))).isEqualTo(10);
        assertThat(ItemSize.valueSize(AttributeValue.fromSs(List.of("ab", "c")))).isEqualTo(3);
        assertThat(ItemSize.valueSize(AttributeValue.fromL(List.of()))).isEqualTo(3);
        assertThat(ItemSize.valueSize(AttributeValue.fromL(List.of(AttributeValue.fromS("abc"))))).isEqualTo(6);
        assertThat(ItemSize.valueSize(AttributeValue.fromM(Map.of("key", AttributeValue.fromS("v"))))).isEqualTo(7);
    }

    @Test
    void upperBoundIsNeverBelowTheExactSize() {
        Map<String, AttributeValue> item = Map.of(
                "ascii", AttributeValue.fromS("plain text"),
                "日本", AttributeValue.fromS("héllo 😀 日本語"),
                "n", AttributeValue.fromN("-0.000120"),
                "zero", AttributeValue.fromN("0"),
                "sets", AttributeValue.fromL(List.of(AttributeValue.fromSs(List.of("ä", "b")),
                        AttributeValue.fromNs(List.of("1", "2.50")),
                        AttributeValue.fromBs(List.of(SdkBytes.fromByteArray(new byte[7]))))),
                "map", AttributeValue.fromM(Map.of("ключ", AttributeValue.fromBool(true),
                        "nul", AttributeValue.fromNul(true),
                        "bin", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[3])))));
        assertThat(ItemSize.upperBound(item)).isGreaterThanOrEqualTo(ItemSize.of(item));
    }

    @Test
    void checkAcceptsExactly400KbOfMultiByteTextAndRejectsOneByteMore() {
        Map<String, AttributeValue> key = Map.of("a", AttributeValue.fromS("k"));
        // 'é' is 2 bytes, so the 3-byte bound exceeds the limit and the exact count decides.
        String atLimit = "é".repeat((int) (ItemSize.MAX_ITEM_BYTES - 1) / 2) + "x";
        ItemSize.check("Order", key, Map.of("a", AttributeValue.fromS(atLimit)));
        assertThatThrownBy(() -> ItemSize.check("Order", key, Map.of("a", AttributeValue.fromS(atLimit + "x"))))
                .isInstanceOf(ItemTooLargeException.class).hasMessageContaining("Order");
    }

    @Test
    void acceptsExactly400KbAndRejectsOneByteMore() {
        String name = "a";
        String atLimit = "x".repeat((int) ItemSize.MAX_ITEM_BYTES - 1);
        assertThat(ItemSize.of(Map.of(name, AttributeValue.fromS(atLimit)))).isEqualTo(ItemSize.MAX_ITEM_BYTES);
    }
}
