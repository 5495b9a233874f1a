package com.theorycloud.tabletheory.spring.boot.autoconfigure.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.theorycloud.tabletheory.spring.boot.fixtures.converted.Invoice;
import com.theorycloud.tabletheory.spring.boot.fixtures.converted.MoneyConverter;
import com.theorycloud.tabletheory.spring.boot.fixtures.orders.Order;
import org.junit.jupiter.api.Test;

import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.GeneratedClass;
import org.springframework.aot.generate.GeneratedFiles;
import org.springframework.aot.generate.GeneratedMethods;
import org.springframework.aot.generate.GenerationContext;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.aot.generate.MethodReference;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationCode;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.javapoet.ClassName;

import static org.assertj.core.api.Assertions.assertThat;

class TableTheoryModelsAotProcessorTests {

    @Test
    void registersHintsForTheModelsOfTheConfiguredPackagesAndDmsDocuments() {
        DefaultListableBeanFactory beanFactory = beanFactoryWithModels();
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of(
                "tabletheory.models.packages", "com.theorycloud.tabletheory.spring.boot.fixtures.converted",
                "tabletheory.models.dms", "classpath:fixtures/audit.yml")));
        beanFactory.registerSingleton("environment", environment);

        GenerationContext generation = apply(beanFactory);

        assertThat(RuntimeHintsPredicates.reflection().onType(Invoice.Address.class))
            .accepts(generation.getRuntimeHints());
        assertThat(RuntimeHintsPredicates.reflection().onType(MoneyConverter.class))
            .accepts(generation.getRuntimeHints());
        assertThat(RuntimeHintsPredicates.reflection().onType(Order.class)).rejects(generation.getRuntimeHints());
        assertThat(RuntimeHintsPredicates.resource().forResource("fixtures/audit.yml"))
            .accepts(generation.getRuntimeHints());
    }

    @Test
    void scansTheApplicationPackageByDefault() {
        DefaultListableBeanFactory beanFactory = beanFactoryWithModels();
        beanFactory.registerSingleton("environment", new StandardEnvironment());
        AutoConfigurationPackages.register(beanFactory, TableTheoryAutoConfigurationTests.ORDERS);

        assertThat(RuntimeHintsPredicates.reflection().onType(Order.class)).accepts(apply(beanFactory)
            .getRuntimeHints());
    }

    @Test
    void generatesTheRegistrationOfTheModelClassesFound() {
        DefaultListableBeanFactory beanFactory = beanFactoryWithModels();
        AutoConfigurationPackages.register(beanFactory, Order.class.getPackageName());
        BeanFactoryInitializationAotContribution contribution = new TableTheoryModelsAotProcessor()
            .processAheadOfTime(beanFactory);
        assertThat(contribution).isNotNull();
        InMemoryGeneratedFiles files = new InMemoryGeneratedFiles();
        DefaultGenerationContext generation = new DefaultGenerationContext(
                new ClassNameGenerator(ClassName.get("com.example", "App")), files);
        RecordingInitializationCode code = new RecordingInitializationCode(generation);
        contribution.applyTo(generation, code);
        generation.writeGeneratedContent();

        assertThat(code.initializers).hasSize(1);
        assertThat(files.getGeneratedFiles(GeneratedFiles.Kind.SOURCE).values()).singleElement()
            .extracting((source) -> {
                try {
                    return new String(source.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                }
                catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            })
            .asString()
            .contains("beanFactory.registerSingleton(\"" + TableTheoryAotModelClasses.BEAN_NAME + "\"")
            .contains("\"" + Order.class.getPackageName() + "\"")
            .contains("\"" + Order.class.getName() + "\"");
    }

    @Test
    void contributesNothingWithoutTheModelRegistry() {
        assertThat(new TableTheoryModelsAotProcessor().processAheadOfTime(new DefaultListableBeanFactory())).isNull();
    }

    private static DefaultListableBeanFactory beanFactoryWithModels() {
        DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
        beanFactory.registerBeanDefinition("tableTheoryModels", new RootBeanDefinition(Object.class));
        return beanFactory;
    }

    private static GenerationContext apply(DefaultListableBeanFactory beanFactory) {
        BeanFactoryInitializationAotContribution contribution = new TableTheoryModelsAotProcessor()
            .processAheadOfTime(beanFactory);
        assertThat(contribution).isNotNull();
        GenerationContext generation = new DefaultGenerationContext(
                new ClassNameGenerator(ClassName.get("com.example", "App")), new InMemoryGeneratedFiles());
        contribution.applyTo(generation, new RecordingInitializationCode(generation));
        return generation;
    }

    /** Collects the initializers a contribution adds, with the methods generated in one class. */
    static final class RecordingInitializationCode implements BeanFactoryInitializationCode {

        final List<MethodReference> initializers = new ArrayList<>();

        private final GeneratedClass generatedClass;

        RecordingInitializationCode(GenerationContext generation) {
            this.generatedClass = generation.getGeneratedClasses().addForFeature("TableTheoryTest", (type) -> {
            });
        }

        @Override
        public ClassName getClassName() {
            return this.generatedClass.getName();
        }

        @Override
        public GeneratedMethods getMethods() {
            return this.generatedClass.getMethods();
        }

        @Override
        public void addInitializer(MethodReference methodReference) {
            this.initializers.add(methodReference);
        }
    }
}
