package com.theorycloud.tabletheory.model.dms;

import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.model.dms.internal.DmsDocumentReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Loads DMS (Dynamo Model Spec) YAML, versions 0.1 and 0.2, into validated {@link DmsDocument}s. Use it to run
 * models defined in the language-neutral DMS files shared with the Go, TypeScript and Python runtimes. Every problem
 * is an {@link InvalidModelException} naming {@code file:line}, the model, the attribute or index and the fix;
 * unknown fields are rejected so typos do not pass silently.
 */
public final class DmsLoader {

    private DmsLoader() {
    }

    /**
     * Loads a DMS file.
     *
     * @throws InvalidModelException when the file is not valid DMS
     * @throws UncheckedIOException  when the file cannot be read
     */
    public static DmsDocument load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read DMS file " + file, e);
        }
        return parse(text, file.toString());
    }

    /**
     * Loads a DMS file from the classpath, e.g. {@code "dms/models/user.yml"}.
     *
     * @throws InvalidModelException when the resource is missing or not valid DMS
     */
    public static DmsDocument loadResource(String resource) {
        return loadResource(resource, null);
    }

    /**
     * Loads a DMS file from the classpath of the given class loader (the thread's context loader when {@code null}).
     *
     * @throws InvalidModelException when the resource is missing or not valid DMS
     */
    public static DmsDocument loadResource(String resource, @Nullable ClassLoader classLoader) {
        ClassLoader loader = classLoader != null ? classLoader : Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = DmsLoader.class.getClassLoader();
        }
        String path = resource.startsWith("/") ? resource.substring(1) : resource;
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new InvalidModelException(null, "DMS resource '" + path + "' is not on the classpath. Check "
                        + "the path (relative to the classpath root, e.g. src/main/resources).");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read DMS resource " + path, e);
        }
    }

    /**
     * Parses DMS text.
     *
     * @param yaml       the DMS YAML (or JSON) text
     * @param sourceName the name used in error messages, such as the file name
     * @throws InvalidModelException when the text is not valid DMS
     */
    public static DmsDocument parse(String yaml, String sourceName) {
        DmsDocumentReader.Content content = DmsDocumentReader.read(yaml, sourceName);
        return new DmsDocument(content.dmsVersion(), content.namespace(), content.models());
    }
}
