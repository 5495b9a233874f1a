package com.theorycloud.tabletheory.spring.boot.autoconfigure.release;

import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.outbox.Outbox;
import com.theorycloud.tabletheory.release.ReleaseStateService;
import com.theorycloud.tabletheory.spring.boot.autoconfigure.outbox.TableTheoryOutboxAutoConfiguration;
import com.theorycloud.tabletheory.spring.boot.release.ReleaseStateServices;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Provides {@link ReleaseStateServices}, the factory of {@link ReleaseStateService} builders on the context's engine
 * and outbox (when {@code tabletheory.outbox.enabled}).
 */
@AutoConfiguration(after = TableTheoryOutboxAutoConfiguration.class)
@ConditionalOnClass(ReleaseStateService.class)
@ConditionalOnBean(TableTheory.class)
public final class TableTheoryReleaseStateAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ReleaseStateServices tableTheoryReleaseStateServices(TableTheory engine, ObjectProvider<Outbox> outbox) {
        return new ReleaseStateServices(engine, outbox.getIfUnique());
    }
}
