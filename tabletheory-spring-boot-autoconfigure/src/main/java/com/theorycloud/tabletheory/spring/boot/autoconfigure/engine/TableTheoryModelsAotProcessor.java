package com.theorycloud.tabletheory.spring.boot.autoconfigure.engine;

import java.util.List;
import java.util.Set;

import com.theorycloud.tabletheory.spring.boot.aot.TableTheoryModelHints;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * When an application is built ahead of time, finds its model classes the way startup will (tabletheory.models.packages,
 * else the application's package) and registers their reflection hints, and resource hints for classpath DMS
 * documents.
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
        return (generationContext, code) -> {
            TableTheoryModelHints.register(generationContext.getRuntimeHints(), modelClasses);
            for (String location : dms) {
                if (location.startsWith("classpath:") && !location.contains("*")) {
                    generationContext.getRuntimeHints().resources()
                        .registerPattern(location.substring("classpath:".length()).replaceFirst("^/", ""));
                }
            }
        };
    }
}
