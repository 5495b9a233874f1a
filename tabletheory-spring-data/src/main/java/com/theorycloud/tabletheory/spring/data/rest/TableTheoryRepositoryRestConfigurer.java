package com.theorycloud.tabletheory.spring.data.rest;

import java.util.Set;
import java.util.function.Supplier;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.spring.data.repository.support.TableTheoryEntityInformation;

import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;
import org.springframework.core.convert.support.ConfigurableConversionService;
import org.springframework.data.repository.core.EntityInformation;
import org.springframework.data.repository.support.Repositories;
import org.springframework.data.rest.webmvc.config.RepositoryRestConfigurer;
import org.springframework.util.function.SingletonSupplier;

/**
 * Teaches Spring Data REST's conversion service to turn an engine {@link Key} into the id type of a TableTheory
 * repository (e.g. a composite id record). Spring Data REST reads an item's identifier from its mapping metadata,
 * which for models with a sort key is the item's {@link Key}, and hands it to the repository, e.g. to delete the item.
 */
public final class TableTheoryRepositoryRestConfigurer implements RepositoryRestConfigurer {

    private final Supplier<Repositories> repositories;

    /**
     * A configurer for the TableTheory repositories among the given ones.
     *
     * @param repositories the application's repositories, looked up on first use
     */
    public TableTheoryRepositoryRestConfigurer(Supplier<Repositories> repositories) {
        this.repositories = SingletonSupplier.of(repositories);
    }

    @Override
    public void configureConversionService(ConfigurableConversionService conversionService) {
        conversionService.addConverter(new KeyToId());
    }

    private @Nullable TableTheoryEntityInformation<?, ?> informationForIdType(Class<?> idType) {
        Repositories all = repositories.get();
        for (Class<?> domainType : all) {
            EntityInformation<?, ?> info = all.getEntityInformationFor(domainType);
            if (info instanceof TableTheoryEntityInformation<?, ?> tableTheory && info.getIdType() == idType
                    && idType != Key.class) {
                return tableTheory;
            }
        }
        return null;
    }

    private final class KeyToId implements ConditionalGenericConverter {

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return Set.of(new ConvertiblePair(Key.class, Object.class));
        }

        @Override
        public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
            return informationForIdType(targetType.getType()) != null;
        }

        @Override
        public @Nullable Object convert(@Nullable Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            if (!(source instanceof Key key)) {
                return null;
            }
            TableTheoryEntityInformation<?, ?> info = informationForIdType(targetType.getType());
            if (info == null) {
                throw new IllegalArgumentException("No TableTheory repository has id type " + targetType.getName());
            }
            return info.idOf(key);
        }
    }
}
