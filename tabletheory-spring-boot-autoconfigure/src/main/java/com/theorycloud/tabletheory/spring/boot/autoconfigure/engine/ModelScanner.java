package com.theorycloud.tabletheory.spring.boot.autoconfigure.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.ItemCodecs;
import com.theorycloud.tabletheory.AnnotatedModels;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.model.NamingConvention;
import com.theorycloud.tabletheory.model.dms.DmsLoader;
import com.theorycloud.tabletheory.spring.boot.TableTheoryModels;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Finds the application's models: {@code @TableTheoryModel} classes in the scanned packages and the models of the DMS
 * documents, each read and validated once so a broken model stops startup.
 */
final class ModelScanner {

    private final ResourcePatternResolver resources;

    ModelScanner(ResourcePatternResolver resources) {
        this.resources = resources;
    }

    TableTheoryModels scan(Iterable<String> packages, Iterable<String> dmsLocations, NamingConvention defaultNaming) {
        return read(modelClasses(packages), dmsLocations, defaultNaming);
    }

    /** Reads models already found, e.g. by the ahead-of-time processing, and the DMS documents. */
    TableTheoryModels read(Iterable<Class<?>> modelClasses, Iterable<String> dmsLocations,
            NamingConvention defaultNaming) {
        List<ModelSchema> annotated = new ArrayList<>();
        for (Class<?> type : modelClasses) {
            annotated.add(AnnotatedModels.schemaOf(type, defaultNaming));
            // Compiling the codec checks the conversions too, which reading the schema alone does not.
            ItemCodecs.forClass(type, defaultNaming);
        }
        List<ModelSchema> documents = new ArrayList<>();
        for (String location : dmsLocations) {
            documents.addAll(readDocuments(location));
        }
        return TableTheoryModels.of(annotated, documents);
    }

    /** The {@code @TableTheoryModel} classes in the given packages and their sub-packages, sorted by name. */
    Set<Class<?>> modelClasses(Iterable<String> packages) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                // Models are plain records or classes; unlike components they need not be concrete beans.
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.setResourceLoader(resources);
        scanner.addIncludeFilter(new AnnotationTypeFilter(TableTheoryModel.class));
        Set<String> names = new TreeSet<>();
        for (String basePackage : packages) {
            for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
                names.add(candidate.getBeanClassName());
            }
        }
        return resolve(names);
    }

    /** The classes of the given names, in their order. */
    Set<Class<?>> resolve(Iterable<String> classNames) {
        Set<Class<?>> types = new LinkedHashSet<>();
        for (String name : classNames) {
            types.add(ClassUtils.resolveClassName(name, resources.getClassLoader()));
        }
        return types;
    }

    private List<ModelSchema> readDocuments(String location) {
        Resource[] found;
        try {
            found = resources.getResources(location);
        }
        catch (IOException ex) {
            throw new InvalidModelException(null, "Cannot read the DMS documents at '" + location
                    + "' (tabletheory.models.dms): " + ex.getMessage() + "; fix the location", ex);
        }
        List<ModelSchema> models = new ArrayList<>();
        for (Resource resource : found) {
            if (!resource.exists()) {
                throw new InvalidModelException(null, "The DMS document '" + location + "' does not exist; fix"
                        + " tabletheory.models.dms (for example classpath:tabletheory/models.yml) or add the file");
            }
            models.addAll(DmsLoader.parse(read(resource, location), resource.getDescription()).models());
        }
        return models;
    }

    private static String read(Resource resource, String location) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new InvalidModelException(null, "Cannot read the DMS document " + resource.getDescription()
                    + " (tabletheory.models.dms entry '" + location + "'): " + ex.getMessage(), ex);
        }
    }
}
