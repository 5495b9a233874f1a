package com.theorycloud.tabletheory.spring.data.repository.support;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.annotation.PartitionKey;
import com.theorycloud.tabletheory.annotation.TableTheoryModel;
import com.theorycloud.tabletheory.annotation.WritePolicy;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.model.WriteMode;
import com.theorycloud.tabletheory.spring.data.core.TableTheoryTemplate;
import com.theorycloud.tabletheory.spring.data.release.ReleaseActual;
import com.theorycloud.tabletheory.spring.data.release.ReleaseEvent;
import com.theorycloud.tabletheory.spring.data.repository.ReleaseStateOperations;
import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;

import org.junit.jupiter.api.Test;

/** The release-state fragment refuses, when the repository is created, shapes it cannot serve. */
class ReleaseStateFragmentsTest {

    /** Events keyed by partition only: no history per partition. */
    @TableTheoryModel(table = "releases")
    @WritePolicy(mode = WriteMode.WRITE_ONCE)
    public record UnsortedEvent(@PartitionKey String pk, String eventType) {
    }

    interface UnsortedEvents extends TableTheoryRepository<ReleaseActual, Key>,
            ReleaseStateOperations<ReleaseActual, UnsortedEvent> {
    }

    interface EventRepositoryWithTransitions extends TableTheoryRepository<ReleaseEvent, Key>,
            ReleaseStateOperations<ReleaseActual, ReleaseEvent> {
    }

    private final TableTheoryRepositoryFactory factory = new TableTheoryRepositoryFactory(new TableTheoryTemplate(
            TableTheory.builder().client(LocalDynamoDb.shared().client()).build()));

    @Test
    void rejectsEventModelWithoutSortKey() {
        assertThatThrownBy(() -> factory.getRepository(UnsortedEvents.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Repository " + UnsortedEvents.class.getName())
                .hasMessageContaining("event model UnsortedEvent has no sort key")
                .hasMessageContaining("add a @SortKey");
    }

    @Test
    void rejectsFragmentOnTheRepositoryOfAnotherModel() {
        assertThatThrownBy(() -> factory.getRepository(EventRepositoryWithTransitions.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("manages " + ReleaseEvent.class.getName())
                .hasMessageContaining("use ReleaseStateOperations<ReleaseEvent, ReleaseEvent>");
    }
}
