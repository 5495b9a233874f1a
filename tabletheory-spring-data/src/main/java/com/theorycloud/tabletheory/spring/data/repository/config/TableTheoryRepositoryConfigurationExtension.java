package com.theorycloud.tabletheory.spring.data.repository.config;

import java.util.Collection;
import java.util.List;

import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.spring.data.core.TableTheoryTemplate;
import com.theorycloud.tabletheory.spring.data.core.mapping.TableTheoryMappingContext;
import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;
import com.theorycloud.tabletheory.spring.data.repository.support.TableTheoryRepositoryFactoryBean;

import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.data.repository.config.RepositoryConfigurationExtensionSupport;
import org.springframework.data.repository.config.RepositoryConfigurationSource;

/**
 * The Spring Data configuration extension of TableTheory: names the factory bean, claims repositories of
 * {@code @TableTheoryModel} types or extending {@link TableTheoryRepository} (strict mode when several Spring Data
 * modules are present), wires each factory bean to the template, and registers a template (with a mapping context
 * bean) from the engine bean when none exists. Spring Boot's repository auto-configuration uses it through
 * {@code AbstractRepositoryConfigurationSourceSupport#getRepositoryConfigurationExtension()}.
 */
public class TableTheoryRepositoryConfigurationExtension extends RepositoryConfigurationExtensionSupport {

    /** The default name of the template bean. */
    public static final String DEFAULT_TEMPLATE_REF = "tableTheoryTemplate";

    /** The default name of the engine bean. */
    public static final String DEFAULT_ENGINE_REF = "tableTheory";

    /**
     * The name of the mapping context bean registered with the template; a bean so that Spring Data REST and other
     * tooling that collect {@code MappingContext} beans see TableTheory entities.
     */
    public static final String MAPPING_CONTEXT_BEAN = "tableTheoryMappingContext";

    @Override
    public String getModuleName() {
        return "TableTheory";
    }

    @Override
    public String getModuleIdentifier() {
        return "tabletheory";
    }

    @Override
    @SuppressWarnings("deprecation")
    protected String getModulePrefix() {
        // Still abstract in Spring Data Commons 4.0; getModuleIdentifier() replaces it.
        return getModuleIdentifier();
    }

    @Override
    public String getRepositoryFactoryBeanClassName() {
        return TableTheoryRepositoryFactoryBean.class.getName();
    }

    @Override
    protected Collection<Class<? extends java.lang.annotation.Annotation>> getIdentifyingAnnotations() {
        return List.of(TableTheoryModel.class);
    }

    @Override
    protected Collection<Class<?>> getIdentifyingTypes() {
        return List.of(TableTheoryRepository.class);
    }

    @Override
    public void registerBeansForRoot(BeanDefinitionRegistry registry, RepositoryConfigurationSource config) {
        super.registerBeansForRoot(registry, config);
        String templateRef = templateRef(config);
        if (!registry.containsBeanDefinition(templateRef)) {
            String engineRef = config.getAttribute("tableTheoryRef").filter(s -> !s.isBlank())
                    .orElse(DEFAULT_ENGINE_REF);
            if (!registry.containsBeanDefinition(MAPPING_CONTEXT_BEAN)) {
                // Reads models as the engine does, so its default naming convention applies to repositories too.
                AbstractBeanDefinition context = BeanDefinitionBuilder
                        .genericBeanDefinition(TableTheoryMappingContext.class)
                        .addConstructorArgReference(engineRef).getBeanDefinition();
                context.setSource(config.getSource());
                registry.registerBeanDefinition(MAPPING_CONTEXT_BEAN, context);
            }
            AbstractBeanDefinition template = BeanDefinitionBuilder.genericBeanDefinition(TableTheoryTemplate.class)
                    .addConstructorArgReference(engineRef).addConstructorArgReference(MAPPING_CONTEXT_BEAN)
                    .getBeanDefinition();
            template.setSource(config.getSource());
            registry.registerBeanDefinition(templateRef, template);
        }
    }

    @Override
    public void postProcess(BeanDefinitionBuilder builder, RepositoryConfigurationSource source) {
        builder.addPropertyReference("tableTheoryOperations", templateRef(source));
    }

    private static String templateRef(RepositoryConfigurationSource config) {
        return config.getAttribute("tableTheoryTemplateRef").filter(s -> !s.isBlank()).orElse(DEFAULT_TEMPLATE_REF);
    }
}
