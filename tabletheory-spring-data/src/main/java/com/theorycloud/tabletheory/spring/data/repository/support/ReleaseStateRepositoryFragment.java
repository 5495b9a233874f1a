package com.theorycloud.tabletheory.spring.data.repository.support;

import java.util.List;
import java.util.function.Supplier;

import com.theorycloud.tabletheory.ReadOptions;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.model.KeyAttribute;
import com.theorycloud.tabletheory.query.SortKey;
import com.theorycloud.tabletheory.release.ReleaseStateService;
import com.theorycloud.tabletheory.release.Transition;
import com.theorycloud.tabletheory.spring.data.core.TableTheoryExceptionTranslator;
import com.theorycloud.tabletheory.spring.data.repository.ReleaseStateOperations;

/** The implementation the repository factory contributes for {@link ReleaseStateOperations}. */
final class ReleaseStateRepositoryFragment<A, E> implements ReleaseStateOperations<A, E> {

    private final ReleaseStateService<A, E> service;
    private final Table<A> actuals;
    private final Table<E> events;
    private final String eventPartitionKey;
    private final String eventSortKey;
    private final TableTheoryExceptionTranslator translator = new TableTheoryExceptionTranslator();

    ReleaseStateRepositoryFragment(ReleaseStateService<A, E> service, Table<A> actuals, Table<E> events,
            KeyAttribute eventSortKey) {
        this.service = service;
        this.actuals = actuals;
        this.events = events;
        this.eventPartitionKey = events.schema().partitionKey().name();
        this.eventSortKey = eventSortKey.name();
    }

    @Override
    public A transition(Transition<A, E> transition) {
        return translate(() -> {
            service.transition(transition);
            // The service returns nothing; a consistent read gives callers the committed row with its new version.
            return actuals.get(actuals.keyOf(transition.actual()), ReadOptions.consistent());
        });
    }

    @Override
    public List<E> findEvents(Object partitionKey, String sortKeyPrefix) {
        return translate(() -> events.query().partition(eventPartitionKey, partitionKey)
                .sort(SortKey.beginsWith(eventSortKey, sortKeyPrefix)).ascending().list());
    }

    private <R> R translate(Supplier<R> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw translator.translate(e);
        }
    }
}
