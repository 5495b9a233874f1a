package com.theorycloud.tabletheory.spring.data.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.TableNameResolver;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.error.InvalidTransitionException;
import com.theorycloud.tabletheory.error.VersionConflictException;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.outbox.Outbox;
import com.theorycloud.tabletheory.outbox.OutboxRecord;
import com.theorycloud.tabletheory.release.StateMachine;
import com.theorycloud.tabletheory.release.Transition;
import com.theorycloud.tabletheory.spring.data.core.mapping.TableTheoryMappingContext;
import com.theorycloud.tabletheory.spring.data.release.ReleaseActual;
import com.theorycloud.tabletheory.spring.data.release.ReleaseActualRepository;
import com.theorycloud.tabletheory.spring.data.release.ReleaseEvent;
import com.theorycloud.tabletheory.spring.data.release.ReleaseEventRepository;
import com.theorycloud.tabletheory.spring.data.release.broken.UnversionedReleaseRepository;
import com.theorycloud.tabletheory.spring.data.repository.config.EnableTableTheoryRepositories;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/** Release-state transitions through a Spring Data repository on the local DynamoDB. */
class ReleaseStateOperationsTest {

    /** The engine, the release state machine and an outbox: the repository's fragment picks them up. */
    @Configuration
    @EnableTableTheoryRepositories(basePackageClasses = ReleaseActualRepository.class,
            excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*\\.broken\\..*"))
    static class Releases {

        @Bean
        TableTheory tableTheory() {
            LocalDynamoDb local = LocalDynamoDb.shared();
            TableTheory engine = TableTheory.builder().client(local.client())
                    .tableNameResolver(TableNameResolver.prefix(local.uniqueTableName("rel") + "-")).build();
            engine.ensureTable(new TableTheoryMappingContext().entity(ReleaseActual.class).schema());
            return engine;
        }

        @Bean
        StateMachine releaseStateMachine() {
            return StateMachine.on("status").allow("warming", "active").allow("active", "warming").build();
        }

        @Bean
        Outbox outbox(TableTheory engine) {
            Outbox outbox = Outbox.in(engine, "outbox");
            outbox.ensureTable();
            return outbox;
        }
    }

    private static AnnotationConfigApplicationContext context;
    private static ReleaseActualRepository releases;

    @BeforeAll
    static void start() {
        context = new AnnotationConfigApplicationContext(Releases.class);
        releases = context.getBean(ReleaseActualRepository.class);
    }

    @AfterAll
    static void stop() {
        TableTheory engine = context.getBean(TableTheory.class);
        engine.deleteTableIfExists(new TableTheoryMappingContext().entity(ReleaseActual.class).schema());
        engine.deleteTableIfExists(context.getBean(Outbox.class).schema());
        context.close();
    }

    private static Transition<ReleaseActual, ReleaseEvent> promote(String service, long expected, String eventSk) {
        return Transition.<ReleaseActual, ReleaseEvent>of(
                        ReleaseActual.next(service, "active", "rel_002", "rel_001"),
                        "status", "releaseId", "previousReleaseId")
                .expectVersion(expected)
                .event(new ReleaseEvent("RELEASE#" + service, eventSk, "rel_002", "promoted"))
                .build();
    }

    private static Key actualKey(String service) {
        return Key.of("RELEASE#" + service, "ACTUAL");
    }

    @Test
    void transitionUpdatesActualAndAppendsEventTogether() {
        ReleaseActual created = releases.insert(ReleaseActual.of("svc", "warming", "rel_001"));

        ReleaseActual promoted = releases.transition(promote("svc", created.version(), "EVENT#0001"));

        assertThat(promoted.version()).isEqualTo(created.version() + 1);
        assertThat(promoted.status()).isEqualTo("active");
        assertThat(promoted.previousReleaseId()).isEqualTo("rel_001");
        assertThat(promoted.pinnedReleaseId()).as("not listed, so untouched").isEqualTo("rel_001");
        assertThat(releases.findById(actualKey("svc"))).contains(promoted);
        assertThat(releases.findEvents("RELEASE#svc", "EVENT#"))
                .containsExactly(new ReleaseEvent("RELEASE#svc", "EVENT#0001", "rel_002", "promoted"));
    }

    @Test
    void rejectsStaleVersionAndWritesNothing() {
        ReleaseActual created = releases.insert(ReleaseActual.of("stale", "warming", "rel_001"));

        assertThatThrownBy(() -> releases.transition(promote("stale", created.version() + 5, "EVENT#0001")))
                .isInstanceOf(OptimisticLockingFailureException.class)
                .hasCauseInstanceOf(VersionConflictException.class)
                .hasMessageContaining("not the expected");

        assertThat(releases.findById(actualKey("stale"))).contains(created);
        assertThat(releases.findEvents("RELEASE#stale", "EVENT#")).isEmpty();
    }

    @Test
    void rejectsTransitionTheStateMachineDisallows() {
        ReleaseActual created = releases.insert(ReleaseActual.of("twice", "active", "rel_001"));

        assertThatThrownBy(() -> releases.transition(promote("twice", created.version(), "EVENT#0001")))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasCauseInstanceOf(InvalidTransitionException.class)
                .hasMessageContaining("cannot move from status='active' to 'active'");

        assertThat(releases.findById(actualKey("twice"))).contains(created);
        assertThat(releases.findEvents("RELEASE#twice", "EVENT#")).isEmpty();
    }

    @Test
    void writesOutboxRecordWithTheTransitionWhenTheApplicationHasAnOutbox() {
        ReleaseActual created = releases.insert(ReleaseActual.of("flip", "warming", "rel_001"));
        OutboxRecord aliasFlip = OutboxRecord.pending("RELEASE#flip", "OUTBOX#lambda-alias#rel_002")
                .operation("lambda_alias_update").idempotencyKey("flip:rel_002").requestedState("active").build();

        releases.transition(Transition.<ReleaseActual, ReleaseEvent>of(
                        ReleaseActual.next("flip", "active", "rel_002", "rel_001"), "status", "releaseId")
                .expectVersion(created.version())
                .event(new ReleaseEvent("RELEASE#flip", "EVENT#0001", "rel_002", "promoted"))
                .outbox(aliasFlip)
                .build());

        assertThat(context.getBean(Outbox.class).find("RELEASE#flip", "OUTBOX#lambda-alias#rel_002")).isPresent();
    }

    @Test
    void leavesRepositoriesWithoutTheFragmentUnaffected() {
        releases.insert(ReleaseActual.of("plain", "warming", "rel_001"));
        releases.transition(promote("plain", 0, "EVENT#0001"));
        ReleaseEventRepository events = context.getBean(ReleaseEventRepository.class);

        assertThat(events).isNotInstanceOf(ReleaseStateOperations.class);
        assertThat(events.findById(Key.of("RELEASE#plain", "EVENT#0001"))).map(ReleaseEvent::eventType)
                .contains("promoted");
        assertThat(events.findByPk("RELEASE#plain")).hasSize(2);
    }

    /** Scans one repository whose actual model has no version attribute. */
    @Configuration
    @EnableTableTheoryRepositories(basePackageClasses = UnversionedReleaseRepository.class,
            excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*MutableEvent.*"))
    static class UnversionedActual {

        @Bean
        TableTheory tableTheory() {
            return TableTheory.builder().client(LocalDynamoDb.shared().client()).build();
        }
    }

    /** Scans one repository whose event model is not write-once. */
    @Configuration
    @EnableTableTheoryRepositories(basePackageClasses = UnversionedReleaseRepository.class,
            excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*Unversioned.*"))
    static class MutableEvents {

        @Bean
        TableTheory tableTheory() {
            return TableTheory.builder().client(LocalDynamoDb.shared().client()).build();
        }
    }

    @Test
    void failsStartupWhenTheActualModelHasNoVersion() {
        assertThatThrownBy(() -> new AnnotationConfigApplicationContext(UnversionedActual.class))
                .isInstanceOf(BeanCreationException.class)
                .hasRootCauseInstanceOf(InvalidModelException.class)
                .hasStackTraceContaining("Repository " + UnversionedReleaseRepository.class.getName()
                        + " cannot perform release-state transitions: Model UnversionedRelease has no version "
                        + "attribute")
                .hasStackTraceContaining("add a @Version");
    }

    @Test
    void failsStartupWhenTheEventModelIsMutable() {
        assertThatThrownBy(() -> new AnnotationConfigApplicationContext(MutableEvents.class))
                .isInstanceOf(BeanCreationException.class)
                .rootCause()
                .hasMessageContaining("MutableEventReleaseRepository")
                .hasMessageContaining("event model MutableReleaseEvent is mutable")
                .hasMessageContaining("@WritePolicy(mode = WriteMode.WRITE_ONCE)");
    }
}
