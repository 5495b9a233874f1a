package com.theorycloud.tabletheory.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one contract run: one entry per scenario and golden file, written as JSON to
 * {@code contract-report.json} and summarised as {@code contract: N passed, N failed, N skipped}.
 */
public final class ContractReport {

    /** Whether a contract file passed, failed or was skipped. */
    public enum Status {
        /** Every step met its expectation. */
        PASS,
        /** A step did not meet its expectation, or the runner failed. */
        FAIL,
        /** Not run: the reason names the capability this runtime does not offer yet. */
        SKIP
    }

    /**
     * One contract file's outcome.
     *
     * @param file   path relative to the contract directory
     * @param status pass, fail or skip
     * @param reason why it failed or was skipped; empty when it passed
     */
    public record Entry(String file, Status status, String reason) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Adds an outcome. */
    public synchronized void add(Entry entry) {
        entries.add(entry);
    }

    /** Every outcome, in the order added. */
    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The outcome for one file, if it was run. */
    public synchronized Optional<Entry> entry(String file) {
        return entries.stream().filter(e -> e.file().equals(file)).findFirst();
    }

    /** How many entries have the given status. */
    public synchronized long count(Status status) {
        return entries.stream().filter(e -> e.status() == status).count();
    }

    /** The summary line: {@code contract: N passed, N failed, N skipped}. */
    public String summary() {
        return "contract: " + count(Status.PASS) + " passed, " + count(Status.FAIL) + " failed, "
                + count(Status.SKIP) + " skipped";
    }

    /** Writes the report as a JSON array of {@code {file, status, reason}} objects. */
    public void writeJson(Path target) throws IOException {
        StringBuilder json = new StringBuilder("[\n");
        List<Entry> all = entries();
        for (int i = 0; i < all.size(); i++) {
            Entry e = all.get(i);
            json.append("  {\"file\": ").append(quote(e.file()))
                    .append(", \"status\": ").append(quote(e.status().name().toLowerCase(java.util.Locale.ROOT)))
                    .append(", \"reason\": ").append(quote(e.reason())).append('}')
                    .append(i + 1 < all.size() ? ",\n" : "\n");
        }
        json.append("]\n");
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, json.toString());
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
