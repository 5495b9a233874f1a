/**
 * The code the engine pages under {@code docs/} show, as compiled tests against the local DynamoDB: each page block
 * is a {@code // region name} of one of these classes (see {@code DocumentationPagesTest}).
 */
@NullMarked
package com.theorycloud.tabletheory.docs.snippets;

import org.jspecify.annotations.NullMarked;
