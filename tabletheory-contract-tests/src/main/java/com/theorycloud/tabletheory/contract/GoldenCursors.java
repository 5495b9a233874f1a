package com.theorycloud.tabletheory.contract;

import com.theorycloud.tabletheory.contract.ContractReport.Entry;
import com.theorycloud.tabletheory.contract.ContractReport.Status;
import com.theorycloud.tabletheory.error.TableTheoryException;
import com.theorycloud.tabletheory.query.Cursor;
import com.theorycloud.tabletheory.query.CursorCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks the golden cursor vectors: {@code X.json} (the decoded cursor) must encode to exactly {@code X.cursor}, and
 * {@code X.cursor} must decode to the same cursor. A vector without a {@code .cursor} file must encode to the empty
 * string (no further page).
 */
final class GoldenCursors {

    private GoldenCursors() {
    }

    static List<Entry> check(Path contractDir, ScenarioLoader loader) throws IOException {
        Path dir = contractDir.resolve("golden/cursor");
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return entries;
        }
        List<Path> vectors;
        try (Stream<Path> files = Files.list(dir)) {
            vectors = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path json : vectors) {
            entries.add(checkVector(json, loader.relative(json)));
        }
        return entries;
    }

    private static Entry checkVector(Path json, String relative) {
        try {
            String decodedJson = Files.readString(json, StandardCharsets.UTF_8).trim();
            // The JSON file is the cursor's decoded form: decode it the way a received cursor is decoded.
            Cursor fromJson = CursorCodec.decode(Base64.getEncoder()
                    .encodeToString(decodedJson.getBytes(StandardCharsets.UTF_8)));
            String encoded = CursorCodec.encode(fromJson);
            Path cursorFile = json.resolveSibling(json.getFileName().toString().replaceFirst("\\.json$", ".cursor"));
            String expected = Files.exists(cursorFile)
                    ? Files.readString(cursorFile, StandardCharsets.UTF_8).trim() : "";
            if (!encoded.equals(expected)) {
                return new Entry(relative, Status.FAIL, "encodes to '" + encoded + "' but the golden cursor is '"
                        + expected + "'");
            }
            if (!expected.isEmpty() && !CursorCodec.decode(expected).equals(fromJson)) {
                return new Entry(relative, Status.FAIL, "the golden cursor decodes to " + CursorCodec.decode(expected)
                        + " but the JSON says " + fromJson);
            }
            return new Entry(relative, Status.PASS, "");
        } catch (IOException | TableTheoryException e) {
            return new Entry(relative, Status.FAIL, e.toString());
        }
    }
}
