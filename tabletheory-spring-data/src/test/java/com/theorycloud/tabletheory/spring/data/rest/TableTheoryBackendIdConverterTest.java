package com.theorycloud.tabletheory.spring.data.rest;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.TableNameResolver;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.spring.data.repository.config.EnableTableTheoryRepositories;
import com.theorycloud.tabletheory.spring.data.sample.Customer;
import com.theorycloud.tabletheory.spring.data.sample.CustomerRepository;
import com.theorycloud.tabletheory.spring.data.sample.Order;
import com.theorycloud.tabletheory.spring.data.sample.OrderId;
import com.theorycloud.tabletheory.spring.data.sample.notes.Note;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.data.repository.support.Repositories;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ids of real repositories written as URL path segments and read back, and the errors for malformed segments. */
class TableTheoryBackendIdConverterTest {

    private static AnnotationConfigApplicationContext context;
    private static TableTheoryBackendIdConverter converter;

    @Configuration
    @EnableTableTheoryRepositories(basePackageClasses = CustomerRepository.class)
    static class SampleRepositories {

        @Bean
        TableTheory tableTheory() {
            LocalDynamoDb local = LocalDynamoDb.shared();
            return TableTheory.builder().client(local.client())
                    .tableNameResolver(TableNameResolver.prefix(local.uniqueTableName("rest") + "-")).build();
        }
    }

    @BeforeAll
    static void start() {
        context = new AnnotationConfigApplicationContext(SampleRepositories.class);
        converter = new TableTheoryBackendIdConverter(() -> new Repositories(context));
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void supportsTheEntityTypesOfTableTheoryRepositoriesOnly() {
        assertThat(converter.supports(Note.class)).isTrue();
        assertThat(converter.supports(Customer.class)).isTrue();
        assertThat(converter.supports(String.class)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "plain", "a,b", "tenant/1", "50% off", "~7E", "größe", "emoji \uD83D\uDE80", "a b+c?d#e",
        "..", "-_." })
    void compositeKeysRoundTripExactly(String value) {
        Key key = Key.of("owner " + value, value);
        String segment = converter.toRequestId(key, Note.class);
        assertThat(segment).matches("[A-Za-z0-9._~-]+,[A-Za-z0-9._~-]+");
        assertThat(converter.fromRequestId(segment, Note.class)).isEqualTo(key);
    }

    @Test
    void simpleKeysAreEscapedToo() {
        assertThat(converter.toRequestId("a,b c", Customer.class)).isEqualTo("a~2Cb~20c");
        assertThat(converter.fromRequestId("a~2Cb~20c", Customer.class)).isEqualTo("a,b c");
        assertThat(converter.toRequestId("plain-id_1.2", Customer.class)).isEqualTo("plain-id_1.2");
    }

    @ParameterizedTest
    @ValueSource(strings = { "a", "a,b,c", ",b", "a,", "a~2,b", "a~G1,b", "a b,c", "a%20b,c", "a~C3,b" })
    void malformedSegmentsAreBadRequestsNamingTheExpectedForm(String segment) {
        assertThatThrownBy(() -> converter.fromRequestId(segment, Note.class))
            .isInstanceOfSatisfying(MalformedIdException.class,
                    e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST))
            .hasMessageContaining("Id '" + segment + "' in the URL is not an id of model Note")
            .hasMessageContaining("Expected 'owner,slug'");
    }

    @Test
    void aSortKeyForASimpleKeyModelIsMalformed() {
        assertThatThrownBy(() -> converter.fromRequestId("a,b", Customer.class))
            .isInstanceOf(MalformedIdException.class)
            .hasMessageContaining("has only a partition key (id)");
    }

    @Test
    void idsOfModelsWithASortKeyAreReadAsKeysSoIdRecordsNeedNotBeSerializable() {
        assertThat(java.io.Serializable.class.isAssignableFrom(OrderId.class)).as("OrderId is Serializable").isFalse();
        assertThat(converter.toRequestId(Key.of("c/1", "o 1"), Order.class)).isEqualTo("c~2F1,o~201");
        assertThat(converter.fromRequestId("c~2F1,o~201", Order.class)).isEqualTo(Key.of("c/1", "o 1"));
    }

    @Test
    void theConfigurerTurnsKeysIntoCompositeIdRecords() {
        DefaultConversionService conversion = new DefaultConversionService();
        new TableTheoryRepositoryRestConfigurer(() -> new Repositories(context)).configureConversionService(conversion);
        assertThat(conversion.convert(Key.of("c/1", "o 1"), OrderId.class)).isEqualTo(new OrderId("c/1", "o 1"));
        assertThat(conversion.canConvert(Key.class, Note.class)).as("not an id type").isFalse();
    }
}
