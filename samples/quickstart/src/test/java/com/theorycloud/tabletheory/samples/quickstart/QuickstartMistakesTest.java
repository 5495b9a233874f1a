package com.theorycloud.tabletheory.samples.quickstart;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.spring.data.core.TableTheoryTemplate;
import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;
import com.theorycloud.tabletheory.spring.data.repository.support.TableTheoryRepositoryFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.query.QueryCreationException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The mistake getting-started warns about: a query no key or index can serve stops startup, before any request. */
class QuickstartMistakesTest {

    interface TodoSearch extends TableTheoryRepository<Todo, TodoId> {

        List<Todo> findByTitle(String title); // no key or index has 'title' as partition key: startup error
    }

    @Test
    void aQueryNoKeyOrIndexCanServeIsAStartupError() {
        // Planning happens when the repository is created; this client is never called.
        DynamoDbClient unused = DynamoDbClient.builder().region(Region.US_EAST_1).build();
        TableTheoryRepositoryFactory factory = new TableTheoryRepositoryFactory(
                new TableTheoryTemplate(TableTheory.builder().client(unused).build()));

        assertThatThrownBy(() -> factory.getRepository(TodoSearch.class))
                .isInstanceOf(QueryCreationException.class)
                .rootCause()
                .hasMessageContaining("TodoSearch.findByTitle(String)")
                .hasMessageContaining("no key or index of model Todo can serve it")
                .hasMessageContaining("or annotate the method with @AllowScan");
    }
}
