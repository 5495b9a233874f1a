package com.theorycloud.tabletheory.spring.boot.autoconfigure.health;

import com.theorycloud.tabletheory.spring.boot.TableTheoryModels;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.client.TableTheoryClientAutoConfiguration;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.engine.TableTheoryAutoConfiguration;
import com.theorycloud.tabletheory.spring.boot.health.TableTheoryHealthIndicator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class TableTheoryHealthAutoConfigurationTests {

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(TableTheoryClientAutoConfiguration.class,
                TableTheoryAutoConfiguration.class, TableTheoryHealthAutoConfiguration.class))
        .withPropertyValues("tabletheory.client.region=us-east-1");

    @Test
    void addsTheIndicatorNamedTabletheory() {
        this.contextRunner.run((context) -> assertThat(context).hasSingleBean(TableTheoryHealthIndicator.class)
            .hasBean("tabletheoryHealthIndicator"));
    }

    @Test
    void backsOffWhenDisabled() {
        this.contextRunner.withPropertyValues("management.health.tabletheory.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean(TableTheoryHealthIndicator.class));
        this.contextRunner.withPropertyValues("management.health.defaults.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean(TableTheoryHealthIndicator.class));
    }

    @Test
    void backsOffWithoutSpringBootHealthOnTheClassPath() {
        this.contextRunner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
            .run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(TableTheoryHealthIndicator.class));
    }

    @Test
    void backsOffWithoutModels() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(TableTheoryHealthAutoConfiguration.class))
            .run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(TableTheoryHealthIndicator.class));
    }

    @Test
    void backsOffForTheApplicationsOwnIndicator() {
        HealthIndicator own = () -> Health.up().build();
        this.contextRunner.withBean("tabletheoryHealthIndicator", HealthIndicator.class, () -> own)
            .run((context) -> assertThat(context.getBean("tabletheoryHealthIndicator")).isSameAs(own));
    }

    @Test
    void checksTheTablesOfTheModelsInTheContext() {
        this.contextRunner.withBean(TableTheoryModels.class, TableTheoryModels::empty)
            .run((context) -> assertThat(context.getBean(TableTheoryHealthIndicator.class).health().getStatus())
                .isEqualTo(Status.UP));
    }
}
