package com.theorycloud.tabletheory.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Every page under docs/ has a machine-readable YAML header, its source-marked snippets are verbatim in the named
 * source files (so documented code is code that compiles and runs in the build), and its relative links resolve.
 */
class DocumentationPagesTest {

    private static final Path REPO = Path.of(System.getProperty("tabletheory.repo.root", "..")).toAbsolutePath()
            .normalize();
    private static final Pattern SOURCE_SNIPPET = Pattern.compile(
            "<!-- source: ([^ ]+) -->\\s*\\n```[a-zA-Z]*\\n(.*?)\\n```", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(REPO.resolve("docs"))) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    @Test
    void docsFolderHasPages() throws IOException {
        assertThat(pages()).isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyPageStartsWithAYamlHeader() throws IOException {
        return pages().stream().map(page -> DynamicTest.dynamicTest(REPO.relativize(page).toString(), () -> {
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
            Matcher matcher = SOURCE_SNIPPET.matcher(Files.readString(page));
            int index = 0;
            while (matcher.find()) {
                String source = matcher.group(1);
                String snippet = matcher.group(2);
                tests.add(DynamicTest.dynamicTest(REPO.relativize(page) + " snippet " + ++index + " from " + source,
                        () -> {
                            Path file = REPO.resolve(source);
                            assertThat(file).as("snippet source").isRegularFile();
                            assertThat(normalise(Files.readString(file))).as("%s in %s", snippet, source)
                                    .contains(normalise(snippet));
                        }));
            }
        }
        return tests.stream();
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

    private static String normalise(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            out.append(line.stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
