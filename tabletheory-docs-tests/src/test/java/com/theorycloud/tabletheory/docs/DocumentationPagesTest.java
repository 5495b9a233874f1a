package com.theorycloud.tabletheory.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.model.dms.DmsLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Checks every page under {@code docs/} (and the top-level {@code README.md}): a machine-readable YAML header, every
 * relative link resolves, and <b>every fenced code block is checked</b> — no page can show code that does not exist.
 *
 * <h2>How a block is checked</h2>
 *
 * A block is governed by the HTML comment on the nearest non-blank line above its opening fence:
 * <ul>
 *   <li>{@code <!-- source: path -->} — the block text (trailing whitespace ignored) appears verbatim in {@code path}
 *       (relative to the repository root), a compiled and tested source, sample or resource file.</li>
 *   <li>{@code <!-- source: path#name -->} — the block equals the region {@code name} of {@code path}: the lines
 *       between {@code // region name} and {@code // endregion} ({@code #} or {@code <!-- -->} comments work too, for
 *       YAML, properties and XML), both sides with their common indentation removed. Region marker lines nested
 *       inside are left out. Use this to show an indented piece of a test method without copying its indentation.</li>
 *   <li>{@code <!-- snippet: output -->} — program output, a log excerpt or an error message shown to the reader;
 *       nothing to compile. Counted per page (see {@link #snippetCoverageSummary()}). Not allowed on {@code java}
 *       blocks.</li>
 *   <li>{@code <!-- snippet: other-library -->} — code of another library that is not on this build's class path
 *       (spring-data-dynamodb, Spring Cloud AWS), shown as the starting point of a migration. Allowed only on
 *       {@code java} blocks of {@link #OTHER_LIBRARY_PAGES}; counted per page.</li>
 * </ul>
 * Without a marker a block is checked by its language, and fails if it cannot be:
 * <ul>
 *   <li>{@code java}: always needs a source marker.</li>
 *   <li>{@code yaml}/{@code yml}: a DMS document (it has {@code dms_version}) must load with the engine's
 *       {@link DmsLoader}; otherwise it must parse and hold at least one {@code tabletheory.*} key, and every such
 *       key must be a property in the autoconfigure module's generated {@code spring-configuration-metadata.json}
 *       (relaxed binding: case, {@code -} and {@code _} ignored; keys under a {@code Map} property accepted).</li>
 *   <li>{@code properties}: the same key check as YAML.</li>
 *   <li>{@code json}: must parse.</li>
 *   <li>{@code xml}: must parse; every {@code tabletheory-*} artifactId must be a module of this build, and a
 *       {@code com.theorycloud.tabletheory} version must be the build's version.</li>
 *   <li>{@code bash}/{@code sh}: every {@code -pl} module exists, every {@code -Dtest} pattern matches a test class,
 *       every {@code com.theorycloud.tabletheory} class name is a source file, every {@code module/target/x.jar} names
 *       a module with that jar, and every script path ({@code .sh}, {@code .py}) exists.</li>
 *   <li>anything else (including {@code text} and blocks without a language): needs a marker.</li>
 * </ul>
 * Every page is enforced; there is no list of exempt pages.
 */
class DocumentationPagesTest {

    private static final Path REPO = Path.of(System.getProperty("tabletheory.repo.root", "..")).toAbsolutePath()
            .normalize();

    /** The only pages that may show code of libraries this build does not have (see the class javadoc). */
    static final Set<String> OTHER_LIBRARY_PAGES = Set.of("docs/migration.md");

    private static final Pattern FENCE = Pattern.compile("^( *)(```+|~~~+)\\s*([A-Za-z0-9_+-]*)\\s*$");
    private static final Pattern SOURCE_MARKER = Pattern.compile("^\\s*<!-- source: ([^ #]+)(?:#([\\w.-]+))? -->\\s*$");
    private static final Pattern OUTPUT_MARKER = Pattern.compile("^\\s*<!-- snippet: output -->\\s*$");
    private static final Pattern OTHER_LIBRARY_MARKER = Pattern.compile("^\\s*<!-- snippet: other-library -->\\s*$");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

    /** How a block is covered. */
    enum Kind { SOURCED, CHECKED, OUTPUT, OTHER_LIBRARY, UNCHECKED }

    /** One fenced code block of a page. */
    record Block(Path page, int line, String language, String text, String source, String region, boolean output,
            boolean otherLibrary) {

        String name() {
            return REPO.relativize(page) + ":" + line + " (" + (language.isEmpty() ? "no language" : language) + ")";
        }

        Kind kind() {
            if (source != null) {
                return Kind.SOURCED;
            }
            if (output) {
                return Kind.OUTPUT;
            }
            if (otherLibrary) {
                return Kind.OTHER_LIBRARY;
            }
            return switch (language) {
                case "yaml", "yml", "properties", "json", "xml", "bash", "sh" -> Kind.CHECKED;
                default -> Kind.UNCHECKED;
            };
        }
    }

    static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(REPO.resolve("docs"))) {
            files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        pages.add(REPO.resolve("README.md"));
        return pages;
    }

    static List<Block> blocks(Path page) throws IOException {
        List<String> lines = Files.readString(page).lines().toList();
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            int indent = open.group(1).length();
            String fence = open.group(2);
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).strip().equals(fence)) {
                end++;
            }
            assertThat(end).as("%s:%d code block is never closed", page, i + 1).isLessThan(lines.size());
            StringBuilder text = new StringBuilder();
            for (String line : lines.subList(i + 1, end)) {
                text.append(line.length() >= indent && line.substring(0, indent).isBlank() ? line.substring(indent)
                        : line.strip()).append('\n');
            }
            int previous = i - 1;
            while (previous >= 0 && lines.get(previous).isBlank()) {
                previous--;
            }
            String marker = previous >= 0 ? lines.get(previous) : "";
            Matcher source = SOURCE_MARKER.matcher(marker);
            boolean sourced = source.matches();
            blocks.add(new Block(page, i + 1, open.group(3).toLowerCase(Locale.ROOT), text.toString(),
                    sourced ? source.group(1) : null, sourced ? source.group(2) : null,
                    OUTPUT_MARKER.matcher(marker).matches(), OTHER_LIBRARY_MARKER.matcher(marker).matches()));
            i = end;
        }
        return blocks;
    }

    @Test
    void docsFolderHasPages() throws IOException {
        assertThat(pages()).hasSizeGreaterThan(1);
    }

    @TestFactory
    Stream<DynamicTest> everyPageStartsWithAYamlHeader() throws IOException {
        return pages().stream().filter(p -> p.startsWith(REPO.resolve("docs")))
                .map(page -> DynamicTest.dynamicTest(REPO.relativize(page).toString(), () -> {
                    String text = Files.readString(page);
                    assertThat(text).as("%s must start with a --- YAML header", page).startsWith("---\n");
                    int end = text.indexOf("\n---\n", 4);
                    assertThat(end).as("%s YAML header must end with ---", page).isPositive();
                    Object header = new Yaml(new SafeConstructor(new LoaderOptions())).load(text.substring(4, end));
                    assertThat(header).as("%s header", page).isInstanceOf(Map.class);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> fields = (Map<String, Object>) header;
                    assertThat(fields).as("%s header", page).containsKeys("title", "description", "audience");
                }));
    }

    @TestFactory
    Stream<DynamicTest> everySourceMarkedSnippetIsVerbatimInItsSource() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path page : pages()) {
            for (Block block : blocks(page)) {
                if (block.kind() == Kind.SOURCED) {
                    tests.add(DynamicTest.dynamicTest(block.name() + " from " + block.source()
                            + (block.region() == null ? "" : "#" + block.region()), () -> checkSourced(block)));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyUnmarkedBlockIsCheckedByItsLanguage() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path page : pages()) {
            for (Block block : blocks(page)) {
                switch (block.kind()) {
                    case CHECKED -> tests.add(DynamicTest.dynamicTest(block.name(), () -> checkByLanguage(block)));
                    case UNCHECKED -> tests.add(DynamicTest.dynamicTest(block.name(), () -> {
                        throw new AssertionError(block.name() + " is not checked: add <!-- source: path --> (or"
                                + " path#region) naming a compiled source that contains it"
                                + ("java".equals(block.language()) ? "" : ", or <!-- snippet: output --> if it is"
                                        + " program output") + ". Block:\n" + block.text());
                    }));
                    case OUTPUT -> tests.add(DynamicTest.dynamicTest(block.name(), () -> assertThat(block.language())
                            .as("%s: a java block cannot be marked output; source it", block.name())
                            .isNotEqualTo("java")));
                    case SOURCED, OTHER_LIBRARY -> { }
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> otherLibraryCodeIsJavaOnTheMigrationPageOnly() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path page : pages()) {
            for (Block block : blocks(page)) {
                if (block.kind() == Kind.OTHER_LIBRARY) {
                    tests.add(DynamicTest.dynamicTest(block.name(), () -> checkOtherLibrary(block)));
                }
            }
        }
        return tests.stream();
    }

    /** Counts, per page, the blocks that are sourced, checked by language, marked output, and unchecked. */
    @Test
    void snippetCoverageSummary() throws IOException {
        StringBuilder summary = new StringBuilder("page | sourced | checked | output | other-library | unchecked\n");
        int unchecked = 0;
        for (Path page : pages()) {
            Map<Kind, Integer> counts = new TreeMap<>();
            for (Block block : blocks(page)) {
                counts.merge(block.kind(), 1, Integer::sum);
            }
            summary.append(REPO.relativize(page));
            for (Kind kind : Kind.values()) {
                summary.append(" | ").append(counts.getOrDefault(kind, 0));
            }
            summary.append('\n');
            unchecked += counts.getOrDefault(Kind.UNCHECKED, 0);
        }
        System.out.print("[docs-snippets]\n" + summary);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "docs-snippet-coverage.txt"), summary);
        assertThat(unchecked).as("unchecked blocks\n%s", summary).isZero();
    }

    @TestFactory
    Stream<DynamicTest> everyRelativeLinkResolves() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path page : pages()) {
            String text = Files.readString(page);
            Matcher matcher = LINK.matcher(text);
            while (matcher.find()) {
                String target = matcher.group(1);
                if (target.contains("://") || target.startsWith("mailto:")) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(REPO.relativize(page) + " -> " + target,
                        () -> assertThat(page.getParent().resolve(target).normalize()).exists()));
            }
        }
        return tests.stream();
    }

    @Test
    void regionMarkersAreReadAsDocumented() {
        String source = """
                class X {
                    void m() {
                        // region demo
                        int a = 1;
                        // region inner
                        int b = a;
                        // endregion
                        // endregion
                    }
                }
                """;
        assertThat(region(source, "demo", "X")).isEqualTo("int a = 1;\nint b = a;\n");
        assertThat(region(source, "inner", "X")).isEqualTo("int b = a;\n");
        assertThat(region("# region y\nkey: 1\n# endregion\n", "y", "Y")).isEqualTo("key: 1\n");
    }

    @Test
    void checksRejectWhatDoesNotExist(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("page.md");
        Files.writeString(page, """
                ```java
                int unsourced = 1;
                ```

                <!-- snippet: output -->
                ```text
                some output
                ```

                ```bash
                ./mvnw -pl no-such-module verify
                ```

                ```yaml
                tabletheory:
                  no-such-key: true
                ```

                ```json
                { "broken": 
                ```


                <!-- snippet: other-library -->
                ```java
                DynamoDBMapper mapper = new DynamoDBMapper(client);
                ```

                <!-- snippet: other-library -->
                ```yaml
                spring.cloud.aws.dynamodb.region: eu-west-1
                ```
                """);
        List<Block> blocks = blocks(page);
        assertThat(blocks).extracting(Block::kind).containsExactly(Kind.UNCHECKED, Kind.OUTPUT, Kind.CHECKED,
                Kind.CHECKED, Kind.CHECKED, Kind.OTHER_LIBRARY, Kind.OTHER_LIBRARY);
        for (Block checked : blocks.subList(2, 5)) {
            assertThatThrownBy(() -> checkByLanguage(checked))
                    .as(checked.language()).isInstanceOf(AssertionError.class);
        }
        assertThatThrownBy(() -> checkOtherLibrary(blocks.get(5))).as("other-library java outside migration.md")
                .isInstanceOf(AssertionError.class).hasMessageContaining("docs/migration.md");
        Block onMigrationPage = new Block(REPO.resolve("docs/migration.md"), 1, "java", "DynamoDBMapper m;\n", null,
                null, false, true);
        assertThatCode(() -> checkOtherLibrary(onMigrationPage)).doesNotThrowAnyException();
        Block yamlOnMigrationPage = new Block(REPO.resolve("docs/migration.md"), 1, "yaml", blocks.get(6).text(),
                null, null, false, true);
        assertThatThrownBy(() -> checkOtherLibrary(yamlOnMigrationPage)).as("other-library yaml")
                .isInstanceOf(AssertionError.class).hasMessageContaining("java");
        Block knownKey = new Block(page, 1, "properties", "tabletheory.client.region=eu-west-1\n"
                + "tabletheory.models.tablePrefix=dev-\n", null, null, false, false);
        assertThatCode(() -> checkByLanguage(knownKey)).doesNotThrowAnyException();
    }

    // ---- checks -------------------------------------------------------------------------------------------------

    private static void checkOtherLibrary(Block block) {
        assertThat(OTHER_LIBRARY_PAGES).as("%s: <!-- snippet: other-library --> is allowed only on %s; source the"
                + " block instead", block.name(), OTHER_LIBRARY_PAGES).contains(REPO.relativize(block.page()).toString());
        assertThat(block.language()).as("%s: <!-- snippet: other-library --> is allowed only on java blocks",
                block.name()).isEqualTo("java");
    }

    private static void checkSourced(Block block) throws IOException {
        Path file = REPO.resolve(block.source()).normalize();
        assertThat(file).as("%s: snippet source", block.name()).isRegularFile();
        String source = Files.readString(file);
        if (block.region() == null) {
            assertThat(normalise(source)).as("%s must be verbatim in %s", block.name(), block.source())
                    .contains(normalise(block.text()));
        } else {
            assertThat(dedent(block.text())).as("%s must equal region %s of %s", block.name(), block.region(),
                    block.source()).isEqualTo(region(source, block.region(), block.source()));
        }
    }

    private static final Pattern REGION_START = Pattern.compile("^(?://|#|<!--)\\s*region\\s+([\\w.-]+)\\s*(?:-->)?$");
    private static final Pattern REGION_END = Pattern.compile("^(?://|#|<!--)\\s*endregion\\b.*$");

    static String region(String source, String name, String sourceName) {
        List<String> lines = source.lines().toList();
        int start = -1;
        for (int i = 0; i < lines.size() && start < 0; i++) {
            Matcher m = REGION_START.matcher(lines.get(i).strip());
            if (m.matches() && m.group(1).equals(name)) {
                start = i + 1;
            }
        }
        assertThat(start).as("no '// region %s' in %s", name, sourceName).isPositive();
        StringBuilder body = new StringBuilder();
        int depth = 1;
        for (int i = start; i < lines.size(); i++) {
            String stripped = lines.get(i).strip();
            if (REGION_START.matcher(stripped).matches()) {
                depth++;
            } else if (REGION_END.matcher(stripped).matches()) {
                if (--depth == 0) {
                    return dedent(body.toString());
                }
            } else {
                body.append(lines.get(i)).append('\n');
            }
        }
        throw new AssertionError("region " + name + " in " + sourceName + " has no '// endregion'");
    }

    private static void checkByLanguage(Block block) throws Exception {
        switch (block.language()) {
            case "yaml", "yml" -> checkYaml(block);
            case "properties" -> {
                Properties properties = new Properties();
                properties.load(new StringReader(block.text()));
                Set<String> keys = new LinkedHashSet<>();
                properties.stringPropertyNames().forEach(keys::add);
                checkConfigurationKeys(block, keys);
            }
            case "json" -> assertThatCode(() -> new ObjectMapper().readTree(block.text()))
                    .as("%s must be valid JSON", block.name()).doesNotThrowAnyException();
            case "xml" -> checkXml(block);
            case "bash", "sh" -> checkShell(block);
            default -> throw new AssertionError("no check for " + block.language());
        }
    }

    private static void checkYaml(Block block) {
        Object first = new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(block.text()).iterator().next();
        if (first instanceof Map<?, ?> map && map.containsKey("dms_version")) {
            assertThatCode(() -> DmsLoader.parse(block.text(), block.name()))
                    .as("%s must load as a DMS document", block.name()).doesNotThrowAnyException();
            return;
        }
        Set<String> keys = new LinkedHashSet<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(block.text())) {
            flatten("", document, keys);
        }
        checkConfigurationKeys(block, keys);
    }

    private static void flatten(String prefix, Object value, Set<String> keys) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, keys));
        } else if (!prefix.isEmpty()) {
            keys.add(prefix);
        }
    }

    private static void checkConfigurationKeys(Block block, Set<String> keys) {
        List<String> ours = keys.stream().filter(k -> k.startsWith("tabletheory.")).toList();
        assertThat(ours).as("%s has no tabletheory.* key, so nothing checks it: source it or mark it output",
                block.name()).isNotEmpty();
        Map<String, String> properties = ConfigurationMetadata.properties();
        List<String> unknown = new ArrayList<>();
        for (String key : ours) {
            String canonical = canonical(key);
            boolean known = properties.containsKey(canonical) || properties.entrySet().stream()
                    .anyMatch(p -> p.getValue().startsWith("java.util.Map") && canonical.startsWith(p.getKey() + "."));
            if (!known) {
                unknown.add(key);
            }
        }
        assertThat(unknown).as("%s: keys that are not properties in spring-configuration-metadata.json",
                block.name()).isEmpty();
    }

    static String canonical(String key) {
        return key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replaceAll("\\[[^]]*]", "");
    }

    /** The generated configuration metadata of the autoconfigure module, canonical name to type. */
    static final class ConfigurationMetadata {
        private static Map<String, String> properties;

        static synchronized Map<String, String> properties() {
            if (properties == null) {
                try (InputStream in = DocumentationPagesTest.class.getClassLoader()
                        .getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
                    assertThat(in).as("spring-configuration-metadata.json of tabletheory-spring-boot-autoconfigure on"
                            + " the test class path").isNotNull();
                    Map<String, String> found = new LinkedHashMap<>();
                    for (JsonNode property : new ObjectMapper().readTree(in).path("properties")) {
                        found.put(canonical(property.path("name").asString()), property.path("type").asString(""));
                    }
                    properties = found;
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            return properties;
        }
    }

    private static void checkXml(Block block) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element root = factory.newDocumentBuilder()
                .parse(new InputSource(new StringReader("<snippet>" + block.text() + "</snippet>")))
                .getDocumentElement();
        Set<String> modules = ModuleIndex.artifactIds();
        NodeList artifacts = root.getElementsByTagName("artifactId");
        for (int i = 0; i < artifacts.getLength(); i++) {
            String artifact = artifacts.item(i).getTextContent().strip();
            if (artifact.startsWith("tabletheory")) {
                assertThat(modules).as("%s: artifactId %s is a module of this build", block.name(), artifact)
                        .contains(artifact);
            }
            Element parent = (Element) artifacts.item(i).getParentNode();
            NodeList group = parent.getElementsByTagName("groupId");
            NodeList version = parent.getElementsByTagName("version");
            if (group.getLength() > 0 && group.item(0).getTextContent().strip().equals("com.theorycloud.tabletheory")
                    && version.getLength() > 0) {
                assertThat(version.item(0).getTextContent().strip()).as("%s: version of %s", block.name(), artifact)
                        .isEqualTo(ModuleIndex.version());
            }
        }
    }

    private static final Pattern PL = Pattern.compile("(?:-pl|--projects)[ =]+([^\\s]+)");
    private static final Pattern DTEST = Pattern.compile("-Dtest=('[^']*'|\"[^\"]*\"|[^\\s]+)");
    private static final Pattern CLASS = Pattern.compile("\\bcom\\.theorycloud\\.tabletheory(?:\\.[\\w$]+)+");
    private static final Pattern TARGET_PATH = Pattern.compile("(?<![\\w/.-])([\\w.-]+(?:/[\\w.-]+)*)/target/([\\w./-]+)");
    private static final Pattern SCRIPT = Pattern.compile("(?<![\\w/.-])([\\w.-]+/[\\w./-]+\\.(?:sh|py))\\b");

    private static void checkShell(Block block) throws IOException {
        String text = block.text().replace("\\\n", " ");
        Matcher pl = PL.matcher(text);
        while (pl.find()) {
            for (String module : pl.group(1).split(",")) {
                assertThat(REPO.resolve(module).resolve("pom.xml")).as("%s: -pl %s", block.name(), module)
                        .isRegularFile();
            }
        }
        Matcher test = DTEST.matcher(text);
        Set<String> testClasses = ModuleIndex.testClassNames();
        while (test.find()) {
            for (String pattern : test.group(1).replaceAll("['\"]", "").split(",")) {
                String regex = pattern.replaceAll("#.*$", "").replace("*", ".*");
                assertThat(testClasses.stream().anyMatch(c -> c.matches(regex)))
                        .as("%s: -Dtest pattern %s matches a test class", block.name(), pattern).isTrue();
            }
        }
        Matcher type = CLASS.matcher(text);
        while (type.find()) {
            String path = type.group().replace('.', '/') + ".java";
            assertThat(ModuleIndex.sourceFiles().stream().anyMatch(f -> f.endsWith(path)))
                    .as("%s: class %s has a source file", block.name(), type.group()).isTrue();
        }
        Matcher target = TARGET_PATH.matcher(text);
        while (target.find()) {
            Path module = REPO.resolve(target.group(1));
            assertThat(module.resolve("pom.xml")).as("%s: %s is a module", block.name(), target.group(1))
                    .isRegularFile();
            String file = target.group(2);
            if (file.endsWith(".jar") && !file.contains("/")) {
                String pom = Files.readString(module.resolve("pom.xml"));
                String jar = file.substring(0, file.length() - ".jar".length());
                assertThat(pom.contains("<finalName>" + jar + "</finalName>")
                        || pom.contains("<artifactId>" + jar + "</artifactId>") || jar.startsWith(artifactId(pom)))
                        .as("%s: %s builds %s", block.name(), target.group(1), file).isTrue();
            }
        }
        Matcher script = SCRIPT.matcher(text);
        while (script.find()) {
            assertThat(REPO.resolve(script.group(1))).as("%s: script", block.name()).isRegularFile();
        }
    }

    private static String artifactId(String pom) {
        String withoutParent = pom.replaceAll("(?s)<parent>.*?</parent>", "");
        Matcher m = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(withoutParent);
        return m.find() ? m.group(1) : "\u0000";
    }

    /** Modules, sources and test classes of this repository. */
    static final class ModuleIndex {
        private static List<Path> sources;
        private static Set<String> artifacts;

        static synchronized List<Path> sourceFiles() throws IOException {
            if (sources == null) {
                try (Stream<Path> files = Files.walk(REPO)) {
                    sources = files.filter(p -> p.toString().endsWith(".java"))
                            .filter(p -> p.toString().contains("/src/"))
                            .filter(p -> !REPO.relativize(p).toString().startsWith(".")).toList();
                }
            }
            return sources;
        }

        static Set<String> testClassNames() throws IOException {
            Set<String> names = new LinkedHashSet<>();
            for (Path p : sourceFiles()) {
                if (p.toString().contains("/src/test/")) {
                    names.add(p.getFileName().toString().replace(".java", ""));
                }
            }
            return names;
        }

        static synchronized Set<String> artifactIds() throws IOException {
            if (artifacts == null) {
                Set<String> found = new LinkedHashSet<>();
                try (Stream<Path> files = Files.walk(REPO)) {
                    for (Path pom : files.filter(p -> p.getFileName().toString().equals("pom.xml"))
                            .filter(p -> !p.toString().contains("/target/")).toList()) {
                        found.add(artifactId(Files.readString(pom)));
                    }
                }
                artifacts = found;
            }
            return artifacts;
        }

        static String version() throws IOException {
            String pom = Files.readString(REPO.resolve("pom.xml")).replaceAll("(?s)<parent>.*?</parent>", "");
            Matcher m = Pattern.compile("<version>([^<]+)</version>").matcher(pom);
            assertThat(m.find()).isTrue();
            return m.group(1);
        }
    }

    // ---- text helpers -------------------------------------------------------------------------------------------

    private static String normalise(String text) {
        StringBuilder out = new StringBuilder();
        text.lines().forEach(line -> out.append(line.stripTrailing()).append('\n'));
        return out.toString();
    }

    static String dedent(String text) {
        List<String> lines = text.lines().map(String::stripTrailing).toList();
        int indent = lines.stream().filter(l -> !l.isEmpty())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line.isEmpty() ? "" : line.substring(indent)).append('\n');
        }
        return out.toString();
    }
}
