package com.theorycloud.tabletheory.spring.boot.outbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the outbox operation a bean handles. Put it on a method of any bean that takes one
 * {@link com.theorycloud.tabletheory.outbox.OutboxDelivery}, or on an
 * {@link com.theorycloud.tabletheory.outbox.OutboxHandler} bean's class or {@code @Bean} method; the auto-configured
 * relay then dispatches that operation's records to it.
 *
 * <pre>{@code
 * @OutboxListener("lambda_alias_update")
 * void flip(OutboxDelivery delivery) { aliases.flip(delivery.requestedState(), delivery.idempotencyKey()); }
 * }</pre>
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface OutboxListener {

    /**
     * The operation of the records this handler performs, as written in {@code OutboxRecord.operation}.
     *
     * @return the operation name
     */
    String value();
}
