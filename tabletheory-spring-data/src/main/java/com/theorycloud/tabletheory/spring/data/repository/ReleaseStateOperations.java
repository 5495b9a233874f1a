package com.theorycloud.tabletheory.spring.data.repository;

import java.util.List;

import com.theorycloud.tabletheory.release.Transition;

/**
 * Release-state transitions and event history for a repository of a release-state actual-row model: extend it next
 * to {@link TableTheoryRepository} ({@code interface Releases extends TableTheoryRepository<Actual, Key>,
 * ReleaseStateOperations<Actual, Event>}) and the repository factory contributes the implementation, built on
 * {@link com.theorycloud.tabletheory.release.ReleaseStateService}. Configure the state machine and outbox with
 * {@link com.theorycloud.tabletheory.spring.data.annotation.ReleaseStateRepository}.
 *
 * <p>Errors are translated like every other repository call: a stale version becomes an
 * {@link org.springframework.dao.OptimisticLockingFailureException}, a disallowed move or a duplicate event a
 * {@link org.springframework.dao.DataIntegrityViolationException}, each with the engine exception as its cause.
 *
 * @param <A> the actual-row type (the repository's domain type)
 * @param <E> the event-row type
 */
public interface ReleaseStateOperations<A, E> {

    /**
     * Performs one transition in one transaction: the actual row's fields and version + 1, the event row and, when
     * the transition carries one, the outbox record commit together or not at all.
     *
     * @return the actual row as stored right after the transition (a consistent read)
     * @throws org.springframework.dao.OptimisticLockingFailureException when the stored version is not the expected
     *         one or the actual row does not exist
     * @throws org.springframework.dao.DataIntegrityViolationException when the state machine refuses the move or the
     *         event (or outbox record) already exists
     */
    A transition(Transition<A, E> transition);

    /**
     * The event history of one partition: the event rows whose sort key starts with {@code sortKeyPrefix}, oldest
     * sort key first. The prefix keeps other rows of the partition (such as the actual row when both models share a
     * table) out of the result.
     */
    List<E> findEvents(Object partitionKey, String sortKeyPrefix);
}
