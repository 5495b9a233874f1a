package com.theorycloud.tabletheory.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The main (non-test) classes of the TableTheory modules, imported once per JVM and shared by every architecture test.
 *
 * <p>Only class files that come from one of {@link #MODULES} are imported: their {@code target/classes} directory or
 * their jar, depending on the Maven phase the reactor resolved them at. Test classes and third-party jars are left out,
 * and dependencies outside our modules are not resolved from the class path ({@code archunit.properties}), which keeps
 * the import to a second or two.
 */
final class ProductionClasses {

    /** Root package of every TableTheory module. */
    static final String ROOT_PACKAGE = "com.theorycloud.tabletheory";

    /** Maven modules with main code under inspection (the starter has none; samples are checked from source). */
    static final List<String> MODULES = List.of("tabletheory-core", "tabletheory-local", "tabletheory-spring-data",
            "tabletheory-spring-boot-autoconfigure", "tabletheory-spring-boot-test");

    private static final Pattern MODULE_IN_LOCATION = Pattern.compile(
            "/(tabletheory-(?:core|local|spring-data|spring-boot-autoconfigure|spring-boot-test))"
                    + "(?:/target/classes/|/target/[^/!]+\\.jar|/[^/]+/\\1-[^/!]+\\.jar|-[0-9][^/!]*\\.jar)");

    private ProductionClasses() {
    }

    /** The imported classes; the import runs on first use only. */
    static JavaClasses all() {
        return Holder.CLASSES;
    }

    /** The Maven module a class was imported from, e.g. {@code tabletheory-core}. */
    static String moduleOf(JavaClass javaClass) {
        return tryModuleOf(javaClass)
                .orElseThrow(() -> new IllegalStateException("cannot tell which module " + javaClass.getName()
                        + " comes from (source " + javaClass.getSource() + "); update ProductionClasses.MODULES"));
    }

    /** The Maven module a class was imported from, or empty for a class outside our modules (a stub). */
    static Optional<String> tryModuleOf(JavaClass javaClass) {
        return javaClass.getSource().flatMap(source -> moduleOf(source.getUri()));
    }

    static Optional<String> moduleOf(URI location) {
        Matcher matcher = MODULE_IN_LOCATION.matcher(location.toString());
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static final class Holder {
        private static final JavaClasses CLASSES = importClasses();

        private static JavaClasses importClasses() {
            JavaClasses classes = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .withImportOption(Holder::fromOurModules)
                    .importPackages(ROOT_PACKAGE);
            for (String module : MODULES) {
                if (classes.stream().noneMatch(c -> module.equals(moduleOf(c)))) {
                    throw new IllegalStateException("no main classes of " + module + " were imported: is it on the "
                            + "test class path of tabletheory-architecture-tests?");
                }
            }
            return classes;
        }

        private static boolean fromOurModules(Location location) {
            return moduleOf(location.asURI()).isPresent();
        }
    }
}
