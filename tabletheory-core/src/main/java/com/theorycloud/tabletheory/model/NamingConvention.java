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

    /** Applies this convention to a Java property name. */
    public String attributeName(String propertyName) {
        if (this == CAMEL_CASE) {
            return propertyName;
        }
        StringBuilder out = new StringBuilder(propertyName.length() + 4);
        for (int i = 0; i < propertyName.length(); i++) {
            char c = propertyName.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean prevLower = i > 0 && !Character.isUpperCase(propertyName.charAt(i - 1));
                boolean nextLower = i + 1 < propertyName.length() && Character.isLowerCase(propertyName.charAt(i + 1));
                if (i > 0 && (prevLower || nextLower) && out.charAt(out.length() - 1) != '_') {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
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
