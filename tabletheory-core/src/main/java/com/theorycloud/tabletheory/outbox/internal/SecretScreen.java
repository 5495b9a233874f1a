package com.theorycloud.tabletheory.outbox.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises text that looks like a secret (AWS access keys and secret keys, session tokens, PEM private keys,
 * {@code password=}-style assignments), so outbox rows can refuse it and error summaries can redact it.
 */
public final class SecretScreen {

    private record Rule(String what, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("an AWS access key id", Pattern.compile("\\b(?:AKIA|ASIA|AROA|AIDA)[0-9A-Z]{16}\\b")),
            new Rule("a private key", Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----")),
            new Rule("an AWS secret or session token",
                    Pattern.compile("(?i)aws_?(?:secret_access_key|session_token)|x-amz-security-token")),
            new Rule("a credential assignment", Pattern.compile(
                    "(?i)\\b(?:password|passwd|secret|api[_-]?key|access[_-]?token|auth[_-]?token|client[_-]?secret)"
                            + "\"?\\s*[:=]\\s*\"?[^\\s\"',}]{4,}")),
            new Rule("a bearer token", Pattern.compile("(?i)\\bbearer\\s+[A-Za-z0-9._~+/=-]{16,}")));

    private SecretScreen() {
    }

    /** What kind of secret the text seems to contain, if any. */
    public static Optional<String> finding(String text) {
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(text).find()) {
                return Optional.of(rule.what());
            }
        }
        return Optional.empty();
    }

    /** The text with anything that looks like a secret replaced by {@code [REDACTED]}. */
    public static String redact(String text) {
        String result = text;
        for (Rule rule : RULES) {
            result = rule.pattern().matcher(result).replaceAll("[REDACTED]");
        }
        return result;
    }
}
