package com.theorycloud.tabletheory.mapping.internal.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DynamoNumbersTest {

    @Test
    void writesDecimalsWithoutTrailingZeros() {
        assertThat(DynamoNumbers.format(new BigDecimal("43.30"))).isEqualTo("43.3");
        assertThat(DynamoNumbers.format(new BigDecimal("100.00"))).isEqualTo("100");
        assertThat(DynamoNumbers.format(new BigDecimal("-0.50"))).isEqualTo("-0.5");
        assertThat(DynamoNumbers.format(new BigDecimal("0.000"))).isEqualTo("0");
        assertThat(DynamoNumbers.format(new BigDecimal("1200"))).isEqualTo("1200");
        assertThat(DynamoNumbers.format(new BigDecimal("1.2E+3"))).isEqualTo("1200");
        assertThat(DynamoNumbers.format(new BigDecimal("1E-40"))).isEqualTo("0." + "0".repeat(39) + "1");
    }

    @Test
    void everydayDecimalsFormatAsStrippedPlainStrings() {
        for (String text : List.of("0.15", "43.33", "-12.000", "0.00000000000000000000000000000000000001",
                "12345678901234567890123456789012345678", "1234567890123456789012345.1234567890123",
                "99999999999999999999999999999999999999.0", "7", "-7.10")) {
            BigDecimal decimal = new BigDecimal(text);
            assertThat(DynamoNumbers.format(decimal)).as(text)
                    .isEqualTo(decimal.stripTrailingZeros().toPlainString());
        }
    }

    @Test
    void rejectsTooManyDigitsAndOutOfRangeMagnitudes() {
        assertThatThrownBy(() -> DynamoNumbers.format(new BigDecimal("1234567890123456789012345678901234567.89")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("significant digits");
        assertThatThrownBy(() -> DynamoNumbers.format(new BigDecimal("1E-131")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("range");
        assertThatThrownBy(() -> DynamoNumbers.format(new BigDecimal("1E+126")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("range");
    }
}
