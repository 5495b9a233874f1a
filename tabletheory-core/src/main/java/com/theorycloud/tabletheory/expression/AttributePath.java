package com.theorycloud.tabletheory.expression;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A path to an attribute or to a value nested inside one: a top-level attribute name followed by map keys and list
 * indexes. Each segment is kept as given, so names containing dots, dashes, brackets or any Unicode text are safe;
 * they always reach DynamoDB as placeholders.
 *
 * <pre>{@code
 * AttributePath.of("profile").key("source")      // profile.source
 * AttributePath.of("items").index(0).key("sku")  // items[0].sku
 * AttributePath.of("a.b")                        // ONE attribute literally named "a.b"
 * }</pre>
 */
public final class AttributePath {

    /** One step of a path. */
    public sealed interface Segment permits Name, Index {
    }

    /**
     * A map key or the top-level attribute name.
     *
     * @param name the key, taken literally
     */
    public record Name(String name) implements Segment {
        /** Rejects empty names, which DynamoDB does not allow. */
        public Name {
            if (name.isEmpty()) {
                throw new IllegalArgumentException("attribute path segments cannot be empty");
            }
        }
    }

    /**
     * A list index.
     *
     * @param index the zero-based position
     */
    public record Index(int index) implements Segment {
        /** Rejects negative indexes. */
        public Index {
            if (index < 0) {
                throw new IllegalArgumentException("list index must be >= 0, got " + index);
            }
        }
    }

    private final List<Segment> segments;

    private AttributePath(List<Segment> segments) {
        this.segments = List.copyOf(segments);
    }

    /** A path to the top-level attribute with this exact name (dots and brackets are part of the name). */
    public static AttributePath of(String attributeName) {
        return new AttributePath(List.of(new Name(attributeName)));
    }

    /**
     * Parses the document-path shorthand {@code a.b[2].c}: dots separate map keys, {@code [n]} is a list index. Use
     * {@link #of(String)} and {@link #key(String)} instead when a name itself contains {@code .} or {@code [}.
     *
     * @throws IllegalArgumentException when the text is not a well-formed path
     */
    public static AttributePath parse(String path) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                flushName(path, name, segments, true);
                if (i + 1 == path.length()) {
                    throw new IllegalArgumentException("attribute path '" + path + "' ends with '.'");
                }
                i++;
            } else if (c == '[') {
                flushName(path, name, segments, false);
                int close = path.indexOf(']', i);
                if (close < 0 || segments.isEmpty()) {
                    throw new IllegalArgumentException("malformed attribute path '" + path + "'");
                }
                try {
                    segments.add(new Index(Integer.parseInt(path.substring(i + 1, close))));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("malformed list index in attribute path '" + path + "'", e);
                }
                i = close + 1;
                if (i < path.length() && path.charAt(i) != '.' && path.charAt(i) != '[') {
                    throw new IllegalArgumentException("malformed attribute path '" + path + "'");
                }
                if (i < path.length() && path.charAt(i) == '.') {
                    i++;
                    if (i == path.length()) {
                        throw new IllegalArgumentException("attribute path '" + path + "' ends with '.'");
                    }
                }
            } else {
                name.append(c);
                i++;
            }
        }
        flushName(path, name, segments, false);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("attribute path cannot be empty");
        }
        return new AttributePath(segments);
    }

    private static void flushName(String path, StringBuilder name, List<Segment> segments, boolean required) {
        if (name.isEmpty()) {
            if (required) {
                throw new IllegalArgumentException("attribute path '" + path + "' has an empty segment");
            }
            return;
        }
        segments.add(new Name(name.toString()));
        name.setLength(0);
    }

    /** This path extended by a map key. */
    public AttributePath key(String mapKey) {
        List<Segment> next = new ArrayList<>(segments);
        next.add(new Name(mapKey));
        return new AttributePath(next);
    }

    /** This path extended by a list index. */
    public AttributePath index(int listIndex) {
        List<Segment> next = new ArrayList<>(segments);
        next.add(new Index(listIndex));
        return new AttributePath(next);
    }

    /** The segments, first is always the top-level attribute name. */
    public List<Segment> segments() {
        return segments;
    }

    /** The top-level attribute this path starts at. */
    public String attributeName() {
        return ((Name) segments.get(0)).name();
    }

    /** Whether this path names a whole top-level attribute (no nested keys or indexes). */
    public boolean isTopLevel() {
        return segments.size() == 1;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof AttributePath path && path.segments.equals(segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    /** A readable form for messages, e.g. {@code profile.source} or {@code items[0]}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Segment segment : segments) {
            if (segment instanceof Name n) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(n.name());
            } else {
                out.append('[').append(((Index) segment).index()).append(']');
            }
        }
        return out.toString();
    }
}
