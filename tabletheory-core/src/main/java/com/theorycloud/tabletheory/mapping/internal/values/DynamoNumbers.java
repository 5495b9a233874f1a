package com.theorycloud.tabletheory.mapping.internal.values;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * DynamoDB's number rules in one place: at most 38 significant digits, magnitudes between 1E-130 and
 * 9.9999999999999999999999999999999999999E+125, no NaN or infinities. Every codec formats numbers through here so
 * bad numbers are rejected before any call.
 */
public final class DynamoNumbers {

    /** DynamoDB's maximum number of significant digits. */
    public static final int MAX_DIGITS = 38;

    private static final BigDecimal MAX_MAGNITUDE = new BigDecimal("9.9999999999999999999999999999999999999E+125");
    private static final BigDecimal MIN_MAGNITUDE = new BigDecimal("1E-130");

    private DynamoNumbers() {
    }

    /**
     * Formats a number as DynamoDB's {@code N} string.
     *
     * @return the canonical string
     * @throws IllegalArgumentException with a one-line reason when the number is out of DynamoDB's range
     */
    public static String format(Number number) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte) {
            return Long.toString(number.longValue());
        }
        if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException(d + " cannot be stored: DynamoDB numbers have no NaN or infinity");
            }
            // Double.toString gives the shortest decimal that round-trips, which is what other runtimes write.
            return format(new BigDecimal(Double.toString(d)));
        }
        if (number instanceof BigInteger bigInteger) {
            return format(new BigDecimal(bigInteger));
        }
        if (number instanceof BigDecimal decimal) {
            return formatDecimal(decimal);
        }
        return format(new BigDecimal(number.toString()));
    }

    /**
     * Parses and validates a decimal string (the {@code decimal_string} format and stored {@code N} values).
     *
     * @throws IllegalArgumentException when the text is not a number DynamoDB can store
     */
    public static String formatText(String text) {
        BigDecimal decimal;
        try {
            decimal = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a decimal number", e);
        }
        return formatDecimal(decimal);
    }

    private static String formatDecimal(BigDecimal decimal) {
        if (decimal.signum() == 0) {
            return "0";
        }
        int scale = decimal.scale();
        int precision = decimal.precision();
        if (scale >= 0 && scale <= MAX_DIGITS && precision <= MAX_DIGITS && precision + scale <= 64) {
            // Everyday decimals (prices, rates) are in range by construction: at most 38 digits, none beyond
            // the 38th decimal place. Trimming the plain string's zeros gives stripTrailingZeros().toPlainString()
            // without the BigDecimal arithmetic, which showed in the codec profile.
            return scale == 0 ? decimal.toPlainString() : trimFraction(decimal.toPlainString());
        }
        BigDecimal stripped = decimal.stripTrailingZeros();
        if (stripped.precision() > MAX_DIGITS) {
            throw new IllegalArgumentException(decimal + " has " + stripped.precision()
                    + " significant digits; DynamoDB numbers hold at most " + MAX_DIGITS);
        }
        BigDecimal magnitude = stripped.abs();
        if (magnitude.compareTo(MAX_MAGNITUDE) > 0 || magnitude.compareTo(MIN_MAGNITUDE) < 0) {
            throw new IllegalArgumentException(decimal + " is outside DynamoDB's number range (1E-130 to 9.99E+125)");
        }
        int plainLength = stripped.scale() > 0 ? stripped.precision() + stripped.scale() : stripped.precision()
                - stripped.scale();
        return plainLength <= 64 ? stripped.toPlainString() : stripped.toString();
    }

    private static String trimFraction(String plain) {
        int end = plain.length();
        while (plain.charAt(end - 1) == '0') {
            end--;
        }
        if (plain.charAt(end - 1) == '.') {
            end--;
        }
        return end == plain.length() ? plain : plain.substring(0, end);
    }
}
