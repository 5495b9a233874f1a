package com.theorycloud.tabletheory.spring.data.repository.support;

import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.model.KeyAttribute;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.model.WriteMode;
import com.theorycloud.tabletheory.outbox.Outbox;
import com.theorycloud.tabletheory.release.ReleaseStateService;
import com.theorycloud.tabletheory.release.StateMachine;
import com.theorycloud.tabletheory.spring.data.annotation.ReleaseStateRepository;
import com.theorycloud.tabletheory.spring.data.core.TableTheoryOperations;
import com.theorycloud.tabletheory.spring.data.core.TableTheoryTemplate;
import com.theorycloud.tabletheory.spring.data.repository.ReleaseStateOperations;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.core.support.RepositoryComposition.RepositoryFragments;
import org.springframework.data.repository.core.support.RepositoryFragment;

/**
 * Builds the {@link ReleaseStateOperations} fragment of a repository once, at startup: resolves the event model from
 * the fragment's type arguments, checks both models are release-state-shaped, and looks up the configured state
 * machine and outbox beans. Every refusal names the repository, the model and the fix.
 */
final class ReleaseStateFragments {

    private final TableTheoryOperations operations;
    private final @Nullable BeanFactory beanFactory;

    ReleaseStateFragments(TableTheoryOperations operations, @Nullable BeanFactory beanFactory) {
        this.operations = operations;
        this.beanFactory = beanFactory;
    }

    RepositoryFragments contribute(RepositoryMetadata metadata) {
        Class<?> repository = metadata.getRepositoryInterface();
        if (!ReleaseStateOperations.class.isAssignableFrom(repository)) {
            return RepositoryFragments.empty();
        }
        ResolvableType fragment = ResolvableType.forClass(repository).as(ReleaseStateOperations.class);
        Class<?> actualType = fragment.getGeneric(0).resolve();
        Class<?> eventType = fragment.getGeneric(1).resolve();
        String name = repository.getName();
        if (actualType == null || eventType == null) {
            throw new IllegalStateException("Repository " + name + " extends ReleaseStateOperations without concrete "
                    + "type arguments; declare it as ReleaseStateOperations<" + metadata.getDomainType().getSimpleName()
                    + ", YourEvent>");
        }
        if (!actualType.equals(metadata.getDomainType())) {
            throw new IllegalStateException("Repository " + name + " manages " + metadata.getDomainType().getName()
                    + " but extends ReleaseStateOperations<" + actualType.getSimpleName() + ", ...>; transitions "
                    + "belong to the repository of the actual-row model, so use ReleaseStateOperations<"
                    + metadata.getDomainType().getSimpleName() + ", " + eventType.getSimpleName() + ">");
        }
        return RepositoryFragments.of(RepositoryFragment.implemented(ReleaseStateOperations.class,
                fragment(name, actualType, eventType, AnnotatedElementUtils.findMergedAnnotation(repository,
                        ReleaseStateRepository.class))));
    }

    private <A, E> ReleaseStateOperations<A, E> fragment(String repository, Class<A> actualType, Class<E> eventType,
            @Nullable ReleaseStateRepository config) {
        Table<A> actuals = operations.table(actualType);
        Table<E> events = operations.table(eventType);
        KeyAttribute eventSortKey = checkEvents(repository, events.schema());
        ReleaseStateService.Builder<A, E> builder = ReleaseStateService.builder(engine(repository), actuals, events)
                .outbox(outbox(repository, config == null ? "" : config.outbox()));
        if (config != null) {
            builder.stateMachine(stateMachine(repository, config.stateMachine()))
                    .validateDeployAuthority(config.validateDeployAuthority());
        }
        try {
            return new ReleaseStateRepositoryFragment<>(builder.build(), actuals, events, eventSortKey);
        } catch (InvalidModelException e) {
            throw new IllegalStateException("Repository " + repository + " cannot perform release-state transitions: "
                    + e.getMessage(), e);
        }
    }

    private static KeyAttribute checkEvents(String repository, ModelSchema events) {
        KeyAttribute sortKey = events.sortKey();
        if (sortKey == null) {
            throw new IllegalStateException("Repository " + repository + ": release-state event model "
                    + events.name() + " has no sort key; events are a history per partition, so add a @SortKey "
                    + "(e.g. EVENT#<timestamp>)");
        }
        if (events.writePolicy().mode() != WriteMode.WRITE_ONCE) {
            throw new IllegalStateException("Repository " + repository + ": release-state event model "
                    + events.name() + " is mutable; event history must not be rewritten, so annotate it with "
                    + "@WritePolicy(mode = WriteMode.WRITE_ONCE) (DMS write_policy.mode: write_once)");
        }
        return sortKey;
    }

    private TableTheory engine(String repository) {
        if (operations instanceof TableTheoryTemplate template) {
            return template.getEngine();
        }
        throw new IllegalStateException("Repository " + repository + " extends ReleaseStateOperations, which needs "
                + "the engine's transactions, but its operations are a " + operations.getClass().getName()
                + "; point @EnableTableTheoryRepositories(tableTheoryTemplateRef = ...) at a TableTheoryTemplate");
    }

    private @Nullable StateMachine stateMachine(String repository, String beanName) {
        if (beanName.isEmpty()) {
            return null;
        }
        return requireBeanFactory(repository, "stateMachine").getBean(beanName, StateMachine.class);
    }

    private @Nullable Outbox outbox(String repository, String beanName) {
        if (!beanName.isEmpty()) {
            return requireBeanFactory(repository, "outbox").getBean(beanName, Outbox.class);
        }
        return beanFactory == null ? null : beanFactory.getBeanProvider(Outbox.class).getIfUnique();
    }

    private BeanFactory requireBeanFactory(String repository, String attribute) {
        if (beanFactory == null) {
            throw new IllegalStateException("Repository " + repository + " names a " + attribute + " bean in "
                    + "@ReleaseStateRepository, but its factory has no BeanFactory; create it through "
                    + "@EnableTableTheoryRepositories or call setBeanFactory(...) on the factory");
        }
        return beanFactory;
    }
}
