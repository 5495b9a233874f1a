package com.theorycloud.tabletheory.samples.releaseregistry;

import com.theorycloud.tabletheory.release.ReleaseStateService;
import com.theorycloud.tabletheory.release.StateMachine;
import com.theorycloud.tabletheory.spring.boot.release.ReleaseStateServices;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The release-state service of deployments. Everything else TableTheory needs here (the engine, the repositories of
 * this package, the outbox of {@code tabletheory.outbox.table}, its relay, backlog gauges and health) comes from the
 * starter's auto-configuration and {@code application.yml}.
 */
@Configuration(proxyBeanMethods = false)
class ReleaseStateConfiguration {

    /** registered → active ⇄ rolled_back; promoting an active service to another release stays active. */
    static final StateMachine DEPLOYMENTS = StateMachine.on("status")
            .allow("registered", "active")
            .allow("active", "active", "rolled_back")
            .allow("rolled_back", "active")
            .build();

    // region release-state-bean
    @Bean
    ReleaseStateService<DeploymentState, DeploymentEvent> deployments(ReleaseStateServices services) {
        return services.builder(DeploymentState.class, DeploymentEvent.class).stateMachine(DEPLOYMENTS).build();
    }
    // endregion
}
