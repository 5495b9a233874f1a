package com.theorycloud.tabletheory.spring.boot.autoconfigure.engine;

import java.util.List;
import java.util.Set;

import javax.lang.model.element.Modifier;

import com.theorycloud.tabletheory.spring.boot.aot.TableTheoryModelHints;
import org.jspecify.annotations.Nullable;

import org.springframework.aot.generate.GeneratedMethod;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.javapoet.CodeBlock;

/**
 * When an application is built ahead of time, finds its model classes the way startup will (tabletheory.models.packages,
 * else the application's package), registers their reflection hints and resource hints for classpath DMS
 * documents, and generates the code that hands the classes found to startup as {@link TableTheoryAotModelClasses}, so
 * an application started from the generated code (or a native image) does not scan the class path for models.
 */
final class TableTheoryModelsAotProcessor implements BeanFactoryInitializationAotProcessor {

    private static final String MODELS_BEAN = "tableTheoryModels";

    @Override
    public @Nullable BeanFactoryInitializationAotContribution processAheadOfTime(
            ConfigurableListableBeanFactory beanFactory) {
        if (!beanFactory.containsBeanDefinition(MODELS_BEAN)) {
            return null;
        }
        Binder binder = (beanFactory.containsBean("environment")
                && beanFactory.getBean("environment") instanceof ConfigurableEnvironment environment)
                ? Binder.get(environment) : null;
        List<String> packages = (binder != null)
                ? binder.bind("tabletheory.models.packages", Bindable.listOf(String.class)).orElse(List.of())
                : List.of();
        if (packages.isEmpty() && AutoConfigurationPackages.has(beanFactory)) {
            packages = AutoConfigurationPackages.get(beanFactory);
        }
        List<String> dms = (binder != null)
                ? binder.bind("tabletheory.models.dms", Bindable.listOf(String.class)).orElse(List.of()) : List.of();
        Set<Class<?>> modelClasses = new ModelScanner(
                new PathMatchingResourcePatternResolver(beanFactory.getBeanClassLoader()))
            .modelClasses(packages);
        List<String> scannedPackages = List.copyOf(packages);
        List<String> classNames = modelClasses.stream().map(Class::getName).toList();
        return (generationContext, code) -> {
            TableTheoryModelHints.register(generationContext.getRuntimeHints(), modelClasses);
            // The generated code registers the classes found now, so startup does not scan the class path again.
            GeneratedMethod register = code.getMethods().add("registerTableTheoryModelClasses", (method) -> method
                .addJavadoc("Registers the TableTheory model classes found at build time.")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(DefaultListableBeanFactory.class, "beanFactory")
                .addStatement("beanFactory.registerSingleton($S, new $T($T.of($L), $T.of($L)))",
                        TableTheoryAotModelClasses.BEAN_NAME, TableTheoryAotModelClasses.class, List.class,
                        literals(scannedPackages), List.class, literals(classNames)));
            code.addInitializer(register.toMethodReference());
            for (String location : dms) {
                if (location.startsWith("classpath:") && !location.contains("*")) {
                    generationContext.getRuntimeHints().resources()
                        .registerPattern(location.substring("classpath:".length()).replaceFirst("^/", ""));
                }
            }
        };
    }

    private static CodeBlock literals(List<String> values) {
        return values.stream().map((value) -> CodeBlock.of("$S", value)).collect(CodeBlock.joining(", "));
    }
}
