package com.theorycloud.tabletheory.spring.data.repository.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.spring.data.core.TableTheoryTemplate;
import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;
import com.theorycloud.tabletheory.spring.data.sample.Customer;

import org.junit.jupiter.api.Test;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.core.support.RepositoryComposition.RepositoryFragments;

class TableTheoryRepositoryFactoryTest {

    /** A store capability contributed by the factory, as release-state transitions will be. */
    public interface Describing {
        String describe();
    }

    static class DescribingImpl implements Describing {
        @Override
        public String describe() {
            return "contributed";
        }
    }

    interface Customers extends TableTheoryRepository<Customer, String>, Describing {
    }

    @Test
    void subclassesContributeFragmentsThroughTheHook() {
        TableTheoryTemplate template = new TableTheoryTemplate(TableTheory.builder()
                .client(LocalDynamoDb.shared().client()).build());
        TableTheoryRepositoryFactory factory = new TableTheoryRepositoryFactory(template) {
            @Override
            protected RepositoryFragments contributeFragments(RepositoryMetadata metadata) {
                return Describing.class.isAssignableFrom(metadata.getRepositoryInterface())
                        ? RepositoryFragments.just(new DescribingImpl()) : RepositoryFragments.empty();
            }
        };
        assertThat(factory.getRepository(Customers.class).describe()).isEqualTo("contributed");
    }
}
