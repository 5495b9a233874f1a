package com.theorycloud.tabletheory.spring.data.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.theorycloud.tabletheory.error.ConditionFailedException;
import com.theorycloud.tabletheory.error.DynamoDbOperationException;
import com.theorycloud.tabletheory.error.ImmutableModelMutationException;
import com.theorycloud.tabletheory.error.InvalidValueException;
import com.theorycloud.tabletheory.error.ItemNotFoundException;
import com.theorycloud.tabletheory.error.TableNotFoundException;
import com.theorycloud.tabletheory.error.ThrottledException;
import com.theorycloud.tabletheory.error.VersionConflictException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessResourceException;

class TableTheoryExceptionTranslatorTest {

    private final TableTheoryExceptionTranslator translator = new TableTheoryExceptionTranslator();

    @Test
    void versionConflictIsOptimisticLockingFailure() {
        var error = new VersionConflictException("Order", "stale version 3", null);
        assertThat(translator.translateExceptionIfPossible(error)).isInstanceOf(OptimisticLockingFailureException.class)
                .hasMessage("stale version 3").hasCause(error);
    }

    @Test
    void otherEngineErrorsMapToTheirSpringCounterparts() {
        assertThat(translator.translate(new ConditionFailedException("Order", "exists")))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(translator.translate(new ItemNotFoundException("Order", "none")))
                .isInstanceOf(EmptyResultDataAccessException.class);
        assertThat(translator.translate(new ThrottledException("Order", "slow down")))
                .isInstanceOf(TransientDataAccessResourceException.class);
        assertThat(translator.translate(new TableNotFoundException("Order", "no table")))
                .isInstanceOf(InvalidDataAccessResourceUsageException.class);
        assertThat(translator.translate(new InvalidValueException("Order", "bad")))
                .isInstanceOf(InvalidDataAccessApiUsageException.class);
        assertThat(translator.translate(new DynamoDbOperationException("Order", "network")))
                .isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(translator.translate(new ImmutableModelMutationException("Order", "immutable")))
                .isInstanceOf(TableTheoryUncategorizedException.class);
    }

    @Test
    void leavesNonEngineExceptionsUntouched() {
        IllegalStateException other = new IllegalStateException("x");
        assertThat(translator.translateExceptionIfPossible(other)).isNull();
        assertThat(translator.translate(other)).isSameAs(other);
    }
}
