package com.theorycloud.tabletheory.samples.releaseregistry;

import com.theorycloud.tabletheory.error.ConditionFailedException;
import com.theorycloud.tabletheory.error.RejectedDeployAuthorityEvidenceException;
import com.theorycloud.tabletheory.error.TableTheoryException;
import com.theorycloud.tabletheory.transaction.TransactionCanceledException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns the engine's and the registry's exceptions into problem details: conflicts (stale version, illegal
 * transition, duplicate ids) are 409, rejected deploy authority is 422, unknown services and releases are 404.
 */
@RestControllerAdvice
class ApiErrors {

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    // VersionConflictException, InvalidTransitionException and DuplicateEventException are all condition failures.
    @ExceptionHandler({ConflictException.class, ConditionFailedException.class, TransactionCanceledException.class,
            DataIntegrityViolationException.class, OptimisticLockingFailureException.class})
    ProblemDetail conflict(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        if (e instanceof TableTheoryException tableTheory) {
            problem.setProperty("code", tableTheory.errorCode());
        }
        return problem;
    }

    @ExceptionHandler(RejectedDeployAuthorityEvidenceException.class)
    ProblemDetail rejectedAuthority(RejectedDeployAuthorityEvidenceException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setProperty("code", e.errorCode());
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
