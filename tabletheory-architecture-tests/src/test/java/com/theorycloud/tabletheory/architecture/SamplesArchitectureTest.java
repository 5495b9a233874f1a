package com.theorycloud.tabletheory.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules 2 and 4 for {@code samples/}: samples use public API only, and their packages are {@code @NullMarked}.
 *
 * <p>Samples are Spring Boot applications repackaged into executable jars and are built after this module, so they are
 * not on its class path; their main sources are read instead. A reference to an internal package shows up in source as
 * an import or a qualified name ({@code com.theorycloud.tabletheory. ... .internal}), which is what is looked for.
 */
class SamplesArchitectureTest {

    private static final Path REPO = Path.of(System.getProperty("tabletheory.repo.root", "..")).toAbsolutePath()
            .normalize();
    private static final Pattern INTERNAL_REFERENCE =
            Pattern.compile("com\\.theorycloud\\.tabletheory(?:\\.\\w+)*\\.internal\\b");
    private static final Pattern NULL_MARKED_PACKAGE_INFO = Pattern.compile(
            "@(?:org\\.jspecify\\.annotations\\.)?NullMarked\\b[\\s\\S]*\\bpackage\\s");

    @Test
    void samplesDoNotUseInternalPackages() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path source : sampleSources()) {
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                Matcher matcher = INTERNAL_REFERENCE.matcher(lines.get(i));
                if (matcher.find()) {
                    violations.add(REPO.relativize(source) + ":" + (i + 1) + " uses " + matcher.group()
                            + ": samples show public API only");
                }
            }
        }
        assertThat(violations).as("references to ..internal.. packages in samples").isEmpty();
    }

    @Test
    void samplePackagesAreNullMarked() throws IOException {
        Set<Path> packages = new TreeSet<>();
        for (Path source : sampleSources()) {
            packages.add(source.getParent());
        }
        List<String> violations = new ArrayList<>();
        for (Path directory : packages) {
            Path packageInfo = directory.resolve("package-info.java");
            if (!Files.isRegularFile(packageInfo)
                    || !NULL_MARKED_PACKAGE_INFO.matcher(Files.readString(packageInfo)).find()) {
                violations.add(REPO.relativize(directory) + " has no package-info.java annotated with @NullMarked");
            }
        }
        assertThat(violations).as("sample packages without @NullMarked").isEmpty();
    }

    private static List<Path> sampleSources() throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> samples = Files.list(REPO.resolve("samples"))) {
            for (Path sample : samples.filter(Files::isDirectory).sorted().toList()) {
                Path main = sample.resolve("src/main/java");
                if (Files.isDirectory(main)) {
                    try (Stream<Path> files = Files.walk(main)) {
                        files.filter(p -> p.toString().endsWith(".java")).sorted().forEach(sources::add);
                    }
                }
            }
        }
        assertThat(sources).as("main sources under %s", REPO.resolve("samples")).isNotEmpty();
        return sources;
    }
}
