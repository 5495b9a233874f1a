package com.theorycloud.tabletheory.query;

import com.theorycloud.tabletheory.error.InvalidCursorException;
import com.theorycloud.tabletheory.query.internal.cursor.CursorJsonReader;
import com.theorycloud.tabletheory.query.internal.cursor.CursorJsonWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link Cursor} into the opaque paging string shared by every TableTheory runtime, and back. The string is
 * URL-safe base64 (with padding) of compact JSON, byte-identical to the Go, TypeScript and Python runtimes, so a page
 * fetched by one service can be continued by another. The end of the results is the empty string.
 */
public final class CursorCodec {

    private static final String FIX = "Pass the cursor string returned with the previous page unchanged, or pass "
            + "none to start from the first page.";

    private CursorCodec() {
    }

    /**
     * Encodes a cursor; a cursor without a last key ({@link Cursor#isEnd()}) encodes as {@code ""}.
     *
     * @throws InvalidCursorException when a key value has no known DynamoDB type
     */
    public static String encode(Cursor cursor) {
        if (cursor.isEnd()) {
            return "";
        }
        String json;
        try {
            json = CursorJsonWriter.write(cursor.lastKey(), cursor.index(),
                    cursor.sort() == null ? null : cursor.sort().name());
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException(null, "Cannot encode the cursor: " + e.getMessage() + ".", e);
        }
        return Base64.getUrlEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decodes a cursor string. {@code null} or blank text decodes to {@link Cursor#end()}, the counterpart of
     * {@link #encode} for the last page. Both base64 alphabets are accepted, with or without padding.
     *
     * @throws InvalidCursorException when the text is garbled, not base64, not JSON, or not shaped like a cursor
     */
    public static Cursor decode(@Nullable String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return Cursor.end();
        }
        String json = utf8(base64(encoded.strip()));
        try {
            CursorJsonReader.Parts parts = CursorJsonReader.read(json);
            return new Cursor(parts.lastKey(), parts.index(),
                    parts.sort() == null ? null : SortDirection.valueOf(parts.sort()));
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage(), e);
        }
    }

    private static byte[] base64(String text) {
        String unpadded = text.replace('-', '+').replace('_', '/');
        int end = unpadded.length();
        while (end > 0 && unpadded.charAt(end - 1) == '=') {
            end--;
        }
        if (unpadded.length() - end > 2 || end % 4 == 1) {
            throw invalid("its length or padding is not valid base64", null);
        }
        try {
            return Base64.getDecoder().decode(unpadded.substring(0, end));
        } catch (IllegalArgumentException e) {
            throw invalid("it is not base64 text", e);
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw invalid("its content is not UTF-8 text", e);
        }
    }

    private static InvalidCursorException invalid(@Nullable String reason, @Nullable Throwable cause) {
        return new InvalidCursorException(null, "Invalid cursor: " + reason + ". " + FIX, cause);
    }
}
