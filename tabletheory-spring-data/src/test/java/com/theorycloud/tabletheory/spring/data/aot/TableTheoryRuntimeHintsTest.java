package com.theorycloud.tabletheory.spring.data.aot;

import static org.assertj.core.api.Assertions.assertThat;

import com.theorycloud.tabletheory.spring.data.repository.support.TableTheoryRepositoryFactoryBean;

import org.junit.jupiter.api.Test;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

class TableTheoryRuntimeHintsTest {

    @Test
    void registersTheReflectivelyCreatedTypesThroughAotFactories() {
        RuntimeHints hints = new RuntimeHints();
        SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
                .load(RuntimeHintsRegistrar.class).forEach(r -> r.registerHints(hints, getClass().getClassLoader()));
        assertThat(RuntimeHintsPredicates.reflection().onType(TableTheoryRepositoryFactoryBean.class)).accepts(hints);
    }
}
