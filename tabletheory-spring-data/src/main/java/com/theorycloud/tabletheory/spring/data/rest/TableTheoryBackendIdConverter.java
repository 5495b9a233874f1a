package com.theorycloud.tabletheory.spring.data.rest;

import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Supplier;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.spring.data.repository.support.TableTheoryEntityInformation;

import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.data.repository.core.EntityInformation;
import org.springframework.data.repository.support.Repositories;
import org.springframework.data.rest.webmvc.spi.BackendIdConverter;
import org.springframework.util.function.SingletonSupplier;

/**
 * Lets Spring Data REST expose TableTheory repositories: writes an item's id as one URL path segment and reads it
 * back exactly. The segment is {@code partition} for models without a sort key and {@code partition,sort} for models
 * with one; in each part the characters {@code A-Z a-z 0-9 - . _} stay as they are and every other UTF-8 byte is
 * written {@code ~HH} (two upper-case hex digits), so {@code ("tenant/1", "2024-05-01 #7")} becomes
 * {@code tenant~2F1,2024-05-01~20~237}. Such a segment needs no further URL encoding, whatever the values hold.
 *
 * <p>A segment that is not in this form, or whose parts do not convert to the repository's id type, is rejected
 * with a {@link MalformedIdException} naming the segment, the model and the expected form, which Spring MVC answers
 * with {@code 400 Bad Request}.
 *
 * <p>For models with a sort key the id read from a URL is the item's {@link Key}, whatever the repository's id type:
 * Spring Data REST hands it to the repository through its conversion service, where
 * {@link TableTheoryRepositoryRestConfigurer} turns it into the id record, and sets it on items created or replaced
 * by {@code PUT}/{@code PATCH} through the model's {@code Key}-typed id property. So composite id records need not be
 * {@link Serializable}; the id type of a model without a sort key must be (Spring Data REST's own requirement), as
 * the usual key value types are.
 */
public final class TableTheoryBackendIdConverter implements BackendIdConverter {

    private static final char ESCAPE = '~';
    private static final char SEPARATOR = ',';
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final Supplier<Repositories> repositories;
    private final ConversionService conversion;

    /**
     * A converter for the TableTheory repositories among the given ones, converting key parts with Spring's
     * default conversion service.
     *
     * @param repositories the application's repositories, looked up on first use (Spring Data REST's
     *                     {@code Repositories} bean, or {@code new Repositories(beanFactory)})
     */
    public TableTheoryBackendIdConverter(Supplier<Repositories> repositories) {
        this(repositories, DefaultConversionService.getSharedInstance());
    }

    /**
     * A converter for the TableTheory repositories among the given ones.
     *
     * @param repositories the application's repositories, looked up on first use
     * @param conversion   converts each key part from and to text
     */
    public TableTheoryBackendIdConverter(Supplier<Repositories> repositories, ConversionService conversion) {
        this.repositories = SingletonSupplier.of(repositories);
        this.conversion = conversion;
    }

    /** Supports the entity types of TableTheory repositories. */
    @Override
    public boolean supports(Class<?> entityType) {
        return information(entityType) != null;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Serializable fromRequestId(@Nullable String id, Class<?> entityType) {
        TableTheoryEntityInformation<?, ?> info = requiredInformation(entityType);
        String model = info.getEntity().name();
        if (id == null || id.isEmpty()) {
            throw malformed(String.valueOf(id), model, info, "it is empty");
        }
        int comma = id.indexOf(SEPARATOR);
        if (comma >= 0 && id.indexOf(SEPARATOR, comma + 1) >= 0) {
            throw malformed(id, model, info, "it has more than one '" + SEPARATOR + "'");
        }
        String partition = decode(comma < 0 ? id : id.substring(0, comma), id, model, info);
        String sort = comma < 0 ? null : decode(id.substring(comma + 1), id, model, info);
        Object value;
        try {
            value = info.idOf(partition, sort, conversion);
        } catch (IllegalArgumentException e) {
            throw malformed(id, model, info, e.getMessage());
        }
        if (info.getEntity().hasSortKey()) {
            return ((TableTheoryEntityInformation) info).keyOf(value);
        }
        if (value instanceof Serializable serializable) {
            return serializable;
        }
        throw new IllegalStateException("Id type " + info.getIdType().getName() + " of the repository for model "
                + model + " is not java.io.Serializable, which Spring Data REST requires of ids; use a Serializable"
                + " partition key type");
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public String toRequestId(Serializable id, Class<?> entityType) {
        TableTheoryEntityInformation info = requiredInformation(entityType);
        Key key;
        if (id instanceof Key given) {
            key = given;
        } else if (info.getIdType().isInstance(id)) {
            key = info.keyOf(id);
        } else {
            key = Key.of(id);
        }
        String partition = encode(text(key.partition()));
        return key.sort() == null ? partition : partition + SEPARATOR + encode(text(key.sort()));
    }

    private String text(Object value) {
        return Objects.requireNonNull(conversion.convert(value, String.class), "key value as text");
    }

    private @Nullable TableTheoryEntityInformation<?, ?> information(Class<?> entityType) {
        Repositories all = repositories.get();
        if (!all.hasRepositoryFor(entityType)) {
            return null;
        }
        EntityInformation<?, ?> info = all.getEntityInformationFor(entityType);
        return info instanceof TableTheoryEntityInformation<?, ?> tableTheory ? tableTheory : null;
    }

    private TableTheoryEntityInformation<?, ?> requiredInformation(Class<?> entityType) {
        TableTheoryEntityInformation<?, ?> info = information(entityType);
        if (info == null) {
            throw new IllegalArgumentException(entityType.getName() + " has no TableTheory repository");
        }
        return info;
    }

    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (unreserved(c)) {
                out.append((char) c);
            } else {
                out.append(ESCAPE).append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    /** The characters a key part keeps as they are: {@code A-Z a-z 0-9 - . _}; every other byte is escaped. */
    private static boolean unreserved(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                || c == '_';
    }

    private static String decode(String part, String id, String model, TableTheoryEntityInformation<?, ?> info) {
        if (part.isEmpty()) {
            throw malformed(id, model, info, "a key part is empty");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == ESCAPE) {
                int high = i + 2 < part.length() ? Character.digit(part.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(part.charAt(i + 2), 16);
                if (low < 0) {
                    throw malformed(id, model, info, "'" + ESCAPE + "' at " + i + " is not followed by two hex digits");
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (unreserved(c)) {
                bytes.write(c);
            } else {
                throw malformed(id, model, info, "character '" + c + "' must be written " + ESCAPE + "HH");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw malformed(id, model, info, "its escapes are not UTF-8");
        }
    }

    private static MalformedIdException malformed(String id, String model, TableTheoryEntityInformation<?, ?> info,
            @Nullable String reason) {
        String form = info.getEntity().hasSortKey()
                ? "'" + info.getEntity().partitionKeyProperty() + SEPARATOR + info.getEntity().sortKeyProperty() + "'"
                : "'" + info.getEntity().partitionKeyProperty() + "'";
        return new MalformedIdException("Id '" + id + "' in the URL is not an id of model " + model + ": "
                + reason + ". Expected " + form + ", each part with characters other than A-Z a-z 0-9 - . _ written "
                + ESCAPE + "HH (UTF-8 bytes in hex); take item URLs from the resources' self links");
    }
}
