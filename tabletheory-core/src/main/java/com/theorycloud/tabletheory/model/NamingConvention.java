package com.theorycloud.tabletheory.model;

import java.util.Locale;

/**
 * How Java property names become DynamoDB attribute names when no explicit name is given.
 */
public enum NamingConvention {
    /** {@code displayName} stays {@code displayName} (the default). */
    CAMEL_CASE("camelCase"),
    /** {@code displayName} becomes {@code display_name}. */
    SNAKE_CASE("snake_case");

    private final String dmsName;

    NamingConvention(String dmsName) {
        this.dmsName = dmsName;
    }

    /** The spelling used in DMS YAML. */
    public String dmsName() {
        return dmsName;
    }

    /**
     * Applies this convention to a Java property name, exactly as the other TableTheory runtimes do: camelCase lowers a
     * leading run of capitals ({@code URLValue} becomes {@code urlValue}) but keeps {@code PK} and {@code SK};
     * snake_case breaks before a capital that follows a lower-case letter, or that starts a word after an acronym
     * ({@code HTTPCode} becomes {@code http_code}, {@code Field2A} becomes {@code field2a}).
     */
    public String attributeName(String propertyName) {
        return this == CAMEL_CASE ? camelCase(propertyName) : snakeCase(propertyName);
    }

    private static String camelCase(String name) {
        if (name.isEmpty() || name.equals("PK") || name.equals("SK")) {
            return name;
        }
        if (name.length() == 1) {
            return name.toLowerCase(Locale.ROOT);
        }
        int boundary = 1;
        while (boundary < name.length() && Character.isUpperCase(name.charAt(boundary))
                && !(boundary + 1 < name.length() && !Character.isUpperCase(name.charAt(boundary + 1)))) {
            boundary++;
        }
        return name.substring(0, boundary).toLowerCase(Locale.ROOT) + name.substring(boundary);
    }

    private static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                char prev = name.charAt(i - 1);
                boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (!Character.isDigit(prev)
                        && (Character.isLowerCase(prev) || (Character.isUpperCase(prev) && nextLower))) {
                    out.append('_');
                }
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    /**
     * Parses a DMS convention name.
     *
     * @throws IllegalArgumentException when the name is not a known convention
     */
    public static NamingConvention fromDmsName(String name) {
        for (NamingConvention convention : values()) {
            if (convention.dmsName.equals(name)) {
                return convention;
            }
        }
        throw new IllegalArgumentException("unknown naming convention '" + name + "'");
    }
}
