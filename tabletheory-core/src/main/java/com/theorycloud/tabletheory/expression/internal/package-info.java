/**
 * Expression rendering: turns conditions and update actions into DynamoDB expression strings whose every name and
 * value is a placeholder; not API.
 */
@NullMarked
package com.theorycloud.tabletheory.expression.internal;

import org.jspecify.annotations.NullMarked;
