/**
 * The stored forms of single values, shared by the public {@code Document} and {@code DocumentItemCodec}, the
 * compiled codecs of annotated models and the expression encoders: RFC 3339 timestamps, DynamoDB numbers, the
 * logical values of documents and the per-attribute document codec. Depends on the model only, so the public mapping
 * classes can use it without a dependency back on them; not API.
 */
@NullMarked
package com.theorycloud.tabletheory.mapping.internal.values;

import org.jspecify.annotations.NullMarked;
