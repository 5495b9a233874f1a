package com.theorycloud.tabletheory.spring.data.aot;

import java.util.List;

import com.theorycloud.tabletheory.spring.data.core.TableTheoryTemplate;
import com.theorycloud.tabletheory.spring.data.repository.support.SimpleTableTheoryRepository;
import com.theorycloud.tabletheory.spring.data.repository.support.TableTheoryRepositoryFactoryBean;

import org.jspecify.annotations.Nullable;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;

/**
 * Native-image hints for the types Spring Data instantiates reflectively: the factory bean, the base repository and
 * the template. Entity types and repository interfaces are registered by Spring Data's own AOT processing.
 */
public class TableTheoryRuntimeHints implements RuntimeHintsRegistrar {

    @Override
    public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
        for (Class<?> type : List.of(TableTheoryRepositoryFactoryBean.class, SimpleTableTheoryRepository.class,
                TableTheoryTemplate.class)) {
            hints.reflection().registerType(TypeReference.of(type), MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS,
                    MemberCategory.INVOKE_PUBLIC_METHODS);
        }
    }
}
