package com.theorycloud.tabletheory.spring.data.core;

import com.theorycloud.tabletheory.batch.BatchIncompleteException;
import com.theorycloud.tabletheory.error.ConditionFailedException;
import com.theorycloud.tabletheory.error.DynamoDbOperationException;
import com.theorycloud.tabletheory.error.IndexNotFoundException;
import com.theorycloud.tabletheory.error.InvalidCursorException;
import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.error.InvalidOperatorException;
import com.theorycloud.tabletheory.error.InvalidValueException;
import com.theorycloud.tabletheory.error.ItemNotFoundException;
import com.theorycloud.tabletheory.error.ItemTooLargeException;
import com.theorycloud.tabletheory.error.MissingPrimaryKeyException;
import com.theorycloud.tabletheory.error.TableNotFoundException;
import com.theorycloud.tabletheory.error.TableTheoryException;
import com.theorycloud.tabletheory.error.ThrottledException;
import com.theorycloud.tabletheory.error.VersionConflictException;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.dao.support.PersistenceExceptionTranslator;

/**
 * Translates engine errors into Spring's {@link DataAccessException} hierarchy: version conflicts become
 * {@link OptimisticLockingFailureException}, other failed conditions {@link DataIntegrityViolationException},
 * throttling and unfinished batches a transient failure, and invalid input
 * {@link InvalidDataAccessApiUsageException}. Registered as a bean it also serves {@code @Repository} exception
 * translation.
 */
public class TableTheoryExceptionTranslator implements PersistenceExceptionTranslator {

    @Override
    public @Nullable DataAccessException translateExceptionIfPossible(RuntimeException ex) {
        if (!(ex instanceof TableTheoryException e)) {
            return null;
        }
        String message = e.getMessage() == null ? e.errorCode() : e.getMessage();
        if (e instanceof VersionConflictException) {
            return new OptimisticLockingFailureException(message, e);
        }
        if (e instanceof ConditionFailedException) {
            return new DataIntegrityViolationException(message, e);
        }
        if (e instanceof ItemNotFoundException) {
            return new EmptyResultDataAccessException(message, 1, e);
        }
        if (e instanceof ThrottledException || e instanceof BatchIncompleteException) {
            return new TransientDataAccessResourceException(message, e);
        }
        if (e instanceof TableNotFoundException || e instanceof IndexNotFoundException) {
            return new InvalidDataAccessResourceUsageException(message, e);
        }
        if (e instanceof InvalidModelException || e instanceof InvalidValueException
                || e instanceof InvalidOperatorException || e instanceof InvalidCursorException
                || e instanceof MissingPrimaryKeyException || e instanceof ItemTooLargeException) {
            return new InvalidDataAccessApiUsageException(message, e);
        }
        if (e instanceof DynamoDbOperationException) {
            return new DataAccessResourceFailureException(message, e);
        }
        return new TableTheoryUncategorizedException(message, e);
    }

    /** Translates an engine error, or returns any other exception unchanged. */
    public RuntimeException translate(RuntimeException ex) {
        DataAccessException translated = translateExceptionIfPossible(ex);
        return translated == null ? ex : translated;
    }
}
