package com.theorycloud.tabletheory.spring.boot.aot;

import java.util.List;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.TableNameResolver;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.spring.boot.TableTheoryModels;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.engine.TableTheoryAotModelClasses;
import com.theorycloud.tabletheory.spring.boot.fixtures.aotapp.AotApplication;
import com.theorycloud.tabletheory.spring.boot.fixtures.aotapp.Parcel;
import com.theorycloud.tabletheory.spring.boot.fixtures.aotapp.ParcelRepository;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.aot.test.generate.TestGenerationContext;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.test.tools.CompileWithForkedClassLoader;
import org.springframework.core.test.tools.TestCompiler;
import org.springframework.javapoet.ClassName;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application using the starter's auto-configurations, a composite-key model and a repository, processed ahead of
 * time as Spring Boot's {@code process-aot} and native images do: the generated code is compiled, a fresh context is
 * started from it alone (no configuration-class parsing, no scanning, conditions decided at build time), and the
 * repository works against the local DynamoDB. The generated hints cover the model.
 */
@CompileWithForkedClassLoader
class AotApplicationTests {

    private final String tablePrefix = LocalDynamoDb.shared().uniqueTableName("aot") + "-";

    private TestPropertyValues properties() {
        return TestPropertyValues.of("tabletheory.client.region=us-east-1",
                "tabletheory.client.endpoint=" + LocalDynamoDb.shared().endpoint(),
                "tabletheory.client.credentials.access-key=local", "tabletheory.client.credentials.secret-key=local",
                "tabletheory.models.table-prefix=" + this.tablePrefix, "tabletheory.schema.mode=create");
    }

    @Test
    void startsFromTheGeneratedCodeAndUsesTheRepository() {
        AnnotationConfigApplicationContext buildTime = new AnnotationConfigApplicationContext();
        properties().applyTo(buildTime);
        buildTime.register(AotApplication.class);
        TestGenerationContext generation = new TestGenerationContext(AotApplication.class);
        ClassName initializer = new ApplicationContextAotGenerator().processAheadOfTime(buildTime, generation);
        generation.writeGeneratedContent();

        assertThat(RuntimeHintsPredicates.reflection().onType(Parcel.class)).accepts(generation.getRuntimeHints());

        TestCompiler.forSystem().with(generation).compile((compiled) -> {
            try (GenericApplicationContext runtime = new GenericApplicationContext()) {
                properties().applyTo(runtime);
                @SuppressWarnings("unchecked")
                ApplicationContextInitializer<GenericApplicationContext> generated = compiled
                    .getInstance(ApplicationContextInitializer.class, initializer.reflectionName());
                generated.initialize(runtime);
                runtime.refresh();

                assertThat(runtime.getBean(TableTheoryAotModelClasses.class).classNames())
                    .as("model classes found at build time, handed to startup instead of a class-path scan")
                    .containsExactly(Parcel.class.getName());
                assertThat(runtime.getBean(TableTheoryModels.class).modelClasses()).containsExactly(Parcel.class);

                ParcelRepository parcels = runtime.getBean(ParcelRepository.class);
                parcels.saveAll(List.of(Parcel.of("north", "p-1", "SORTED", 900),
                        Parcel.of("north", "p-2", "LOADED", 1200), Parcel.of("south", "p-1", "SORTED", 300)));
                assertThat(parcels.findById(Key.of("north", "p-2"))).map(Parcel::grams).contains(1200L);
                assertThat(parcels.findByDepotAndParcelIdStartingWith("north", "p-")).extracting(Parcel::parcelId)
                    .containsExactly("p-1", "p-2");
                assertThat(parcels.findByStatus("SORTED")).extracting(Parcel::depot)
                    .containsExactlyInAnyOrder("north", "south");
                Parcel saved = parcels.findById(Key.of("south", "p-1")).orElseThrow();
                assertThat(saved.version()).isZero();
                assertThat(saved.createdAt()).isNotNull();
            }
            finally {
                TableTheory engine = TableTheory.builder().client(LocalDynamoDb.shared().client())
                    .tableNameResolver(TableNameResolver.prefix(this.tablePrefix)).build();
                engine.deleteTableIfExists(engine.schema(Parcel.class));
            }
        });
    }
}
