package com.theorycloud.tabletheory.mapping.internal;

import com.theorycloud.tabletheory.mapping.AttributeConverter;
import com.theorycloud.tabletheory.mapping.internal.values.DynamoNumbers;
import com.theorycloud.tabletheory.mapping.internal.values.Timestamps;
import com.theorycloud.tabletheory.model.DynamoType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The built-in converters for scalar Java types, looked up by class. Primitives and their boxes share one converter.
 */
final class ScalarConverters {

    static final AttributeConverter<String> STRING = of(DynamoType.S, AttributeValue::fromS, StoredValues::s);
    static final AttributeConverter<String> UTF8_BINARY = of(DynamoType.B,
            s -> AttributeValue.fromB(SdkBytes.fromUtf8String(s)), av -> StoredValues.b(av).asUtf8String());
    static final AttributeConverter<Instant> EPOCH_SECONDS_INSTANT = of(DynamoType.N,
            i -> AttributeValue.fromN(Long.toString(i.getEpochSecond())),
            av -> Instant.ofEpochSecond(Long.parseLong(StoredValues.n(av))));
    static final AttributeConverter<OffsetDateTime> EPOCH_SECONDS_OFFSET = of(DynamoType.N,
            t -> AttributeValue.fromN(Long.toString(t.toEpochSecond())),
            av -> OffsetDateTime.ofInstant(EPOCH_SECONDS_INSTANT.read(av), java.time.ZoneOffset.UTC));
    static final AttributeConverter<ZonedDateTime> EPOCH_SECONDS_ZONED = of(DynamoType.N,
            t -> AttributeValue.fromN(Long.toString(t.toEpochSecond())),
            av -> ZonedDateTime.ofInstant(EPOCH_SECONDS_INSTANT.read(av), java.time.ZoneOffset.UTC));

    private static final Map<Class<?>, AttributeConverter<?>> BY_TYPE = new HashMap<>();

    static {
        register(String.class, STRING);
        AttributeConverter<Character> character = of(DynamoType.S, c -> AttributeValue.fromS(String.valueOf(c)),
                av -> singleChar(StoredValues.s(av)));
        register(char.class, character);
        register(Character.class, character);
        AttributeConverter<Boolean> bool = of(DynamoType.BOOL, AttributeValue::fromBool, StoredValues::bool);
        register(boolean.class, bool);
        register(Boolean.class, bool);
        numeric(int.class, Integer.class, n -> (int) parseLong(n, Integer.MIN_VALUE, Integer.MAX_VALUE));
        numeric(long.class, Long.class, n -> parseLong(n, Long.MIN_VALUE, Long.MAX_VALUE));
        numeric(short.class, Short.class, n -> (short) parseLong(n, Short.MIN_VALUE, Short.MAX_VALUE));
        numeric(byte.class, Byte.class, n -> (byte) parseLong(n, Byte.MIN_VALUE, Byte.MAX_VALUE));
        AttributeConverter<Double> doubles = of(DynamoType.N, d -> AttributeValue.fromN(formatDouble(d)),
                av -> Double.parseDouble(StoredValues.n(av)));
        register(double.class, doubles);
        register(Double.class, doubles);
        AttributeConverter<Float> floats = of(DynamoType.N, f -> AttributeValue.fromN(formatFloat(f)),
                av -> Float.parseFloat(StoredValues.n(av)));
        register(float.class, floats);
        register(Float.class, floats);
        register(BigDecimal.class, number(BigDecimal::new));
        // Declared as plain Number: any number is written; values read back as exact BigDecimals.
        register(Number.class, ScalarConverters.<Number>number(BigDecimal::new));
        register(BigInteger.class, number(n -> new BigDecimal(n).toBigIntegerExact()));
        register(byte[].class, ScalarConverters.<byte[]>of(DynamoType.B,
                bytes -> AttributeValue.fromB(SdkBytes.fromByteArray(bytes)),
                av -> StoredValues.b(av).asByteArray()));
        register(ByteBuffer.class, ScalarConverters.<ByteBuffer>of(DynamoType.B,
                buffer -> AttributeValue.fromB(SdkBytes.fromByteBuffer(buffer)),
                av -> StoredValues.b(av).asByteBuffer()));
        register(Instant.class, ScalarConverters.<Instant>of(DynamoType.S,
                i -> AttributeValue.fromS(Timestamps.format(i)),
                av -> Timestamps.parse(StoredValues.s(av)).toInstant()));
        register(OffsetDateTime.class, ScalarConverters.<OffsetDateTime>of(DynamoType.S,
                t -> AttributeValue.fromS(Timestamps.format(t)), av -> Timestamps.parse(StoredValues.s(av))));
        register(ZonedDateTime.class, ScalarConverters.<ZonedDateTime>of(DynamoType.S,
                t -> AttributeValue.fromS(Timestamps.format(t.toOffsetDateTime())),
                av -> Timestamps.parse(StoredValues.s(av)).toZonedDateTime()));
        text(LocalDate.class, LocalDate::parse);
        text(LocalDateTime.class, LocalDateTime::parse);
        text(Duration.class, Duration::parse);
        text(UUID.class, UUID::fromString);
        text(URI.class, URI::create);
    }

    private ScalarConverters() {
    }

    /** The built-in converter for a class, or {@code null} when the class is not a built-in scalar. */
    static @Nullable AttributeConverter<?> forClass(Class<?> type) {
        return BY_TYPE.get(type);
    }

    /** Writes any {@link Number} as {@code N} with DynamoDB's precision rules. */
    static AttributeValue number(Number value) {
        if (value instanceof Double d) {
            return AttributeValue.fromN(formatDouble(d));
        }
        if (value instanceof Float f) {
            return AttributeValue.fromN(formatFloat(f));
        }
        return AttributeValue.fromN(DynamoNumbers.format(value));
    }

    /** Formats a float from its own shortest decimal (1.1f as 1.1), not from its widened double. */
    static String formatFloat(float value) {
        return Float.isFinite(value) ? DynamoNumbers.format(new BigDecimal(Float.toString(value)))
                : DynamoNumbers.format(value);
    }

    /**
     * Formats a double as DynamoNumbers would, skipping its BigDecimal round trip for the everyday magnitudes where
     * {@link Double#toString(double)} is already plain, shortest and free of trailing zeros.
     */
    static String formatDouble(double value) {
        double magnitude = Math.abs(value);
        if (value == Math.rint(value) && magnitude < 1e15) {
            return Long.toString((long) value);
        }
        if (magnitude >= 1e-3 && magnitude < 1e7) {
            return Double.toString(value);
        }
        return DynamoNumbers.format(value);
    }

    private static <T> void register(Class<T> type, AttributeConverter<T> converter) {
        BY_TYPE.put(type, converter);
    }

    private static <T extends Number> void numeric(Class<?> primitive, Class<T> boxed, Function<String, T> parse) {
        AttributeConverter<T> converter = number(parse);
        BY_TYPE.put(primitive, converter);
        BY_TYPE.put(boxed, converter);
    }

    private static <T extends Number> AttributeConverter<T> number(Function<String, T> parse) {
        return of(DynamoType.N, ScalarConverters::number, av -> parse.apply(StoredValues.n(av)));
    }

    private static <T> void text(Class<T> type, Function<String, T> parse) {
        register(type, of(DynamoType.S, value -> AttributeValue.fromS(value.toString()),
                av -> parse.apply(StoredValues.s(av))));
    }

    private static <T> AttributeConverter<T> of(DynamoType type, Function<T, AttributeValue> writer,
            Function<AttributeValue, T> reader) {
        return new SimpleConverter<>(type, writer, reader);
    }

    private static long parseLong(String text, long min, long max) {
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            // Other writers may store integral values as "1E+3" or "5.0".
            try {
                value = new BigDecimal(text).longValueExact();
            } catch (NumberFormatException | ArithmeticException inexact) {
                throw new IllegalArgumentException("stored number " + text + " is not a whole number in range", e);
            }
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException("stored number " + text + " does not fit in the property's type");
        }
        return value;
    }

    private static char singleChar(String text) {
        if (text.length() != 1) {
            throw new IllegalArgumentException("stored string '" + text + "' is not a single character");
        }
        return text.charAt(0);
    }

}
