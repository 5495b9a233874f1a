package com.theorycloud.tabletheory.local.internal;

import java.util.Optional;

/**
 * One user-facing setting that can come from a system property or an environment variable (the property wins),
 * so messages can name both spellings.
 *
 * @param property the system property name
 * @param environmentVariable the environment variable name
 */
public record Setting(String property, String environmentVariable) {

  /** The node binary to run. */
  public static final Setting NODE = new Setting("tabletheory.local.node", "TABLETHEORY_LOCAL_NODE");
  /** The npm binary to run. */
  public static final Setting NPM = new Setting("tabletheory.local.npm", "TABLETHEORY_LOCAL_NPM");
  /** The directory dynalite is installed under. */
  public static final Setting CACHE_DIR =
      new Setting("tabletheory.local.cache-dir", "TABLETHEORY_LOCAL_CACHE_DIR");
  /** An external DynamoDB endpoint to use instead of starting one. */
  public static final Setting ENDPOINT =
      new Setting("tabletheory.dynamodb.endpoint", "TABLETHEORY_DYNAMODB_ENDPOINT");
  /** The region for an external endpoint. */
  public static final Setting REGION = new Setting("tabletheory.dynamodb.region", "AWS_REGION");

  /** The configured value, if any non-blank one is set. */
  public Optional<String> value() {
    String fromProperty = System.getProperty(property);
    if (fromProperty != null && !fromProperty.isBlank()) {
      return Optional.of(fromProperty.trim());
    }
    String fromEnvironment = System.getenv(environmentVariable);
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return Optional.of(fromEnvironment.trim());
    }
    return Optional.empty();
  }

  /** "system property x or environment variable Y", for error messages. */
  public String describe() {
    return "system property " + property + " or environment variable " + environmentVariable;
  }
}
