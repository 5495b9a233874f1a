package com.theorycloud.tabletheory.samples.releaseregistry;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The registry's HTTP API: services, releases, promote / roll back, history. */
@RestController
@RequestMapping("/services")
class ReleaseController {

    private final ReleaseRegistry registry;

    ReleaseController(ReleaseRegistry registry) {
        this.registry = registry;
    }

    /** Body of {@code POST /services}. */
    record NewService(String name, String team) {
    }

    /** Body of {@code POST /services/{name}/releases}. */
    record NewRelease(String releaseId, String artifact, @Nullable String commitSha) {
    }

    /**
     * Body of {@code POST /services/{name}/promote} and {@code /rollback}.
     *
     * @param releaseId       the release to promote (ignored by rollback)
     * @param expectedVersion the state version the caller read; a stale one is rejected with 409
     * @param operator        who decided
     * @param confidence      {@code high} (the default); anything else is rejected as deploy authority
     */
    record Command(@Nullable String releaseId, long expectedVersion, String operator, @Nullable String confidence) {

        String confidenceLevel() {
            return confidence == null ? "high" : confidence;
        }
    }

    /** A service and its deployment state. */
    record ServiceView(ServiceEntry service, DeploymentState state) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ServiceView register(@RequestBody NewService body) {
        ServiceEntry service = registry.register(body.name(), body.team());
        return new ServiceView(service, registry.state(body.name()));
    }

    @GetMapping("/{name}")
    ServiceView service(@PathVariable String name) {
        return new ServiceView(registry.service(name), registry.state(name));
    }

    @PostMapping("/{name}/releases")
    @ResponseStatus(HttpStatus.CREATED)
    Release record(@PathVariable String name, @RequestBody NewRelease body) {
        return registry.record(name, body.releaseId(), body.artifact(), body.commitSha());
    }

    @GetMapping("/{name}/releases")
    ReleaseRegistry.ReleasePage releases(@PathVariable String name,
            @RequestParam(defaultValue = "20") int limit, @RequestParam(required = false) @Nullable String cursor) {
        return registry.releases(name, limit, cursor);
    }

    @PostMapping("/{name}/promote")
    DeploymentState promote(@PathVariable String name, @RequestBody Command body) {
        if (body.releaseId() == null) {
            throw new IllegalArgumentException("promote needs a releaseId");
        }
        return registry.promote(name, body.releaseId(), body.expectedVersion(), body.operator(),
                body.confidenceLevel());
    }

    @PostMapping("/{name}/rollback")
    DeploymentState rollback(@PathVariable String name, @RequestBody Command body) {
        return registry.rollback(name, body.expectedVersion(), body.operator(), body.confidenceLevel());
    }

    @GetMapping("/{name}/history")
    List<ReleaseRegistry.HistoryEntry> history(@PathVariable String name) {
        return registry.history(name);
    }
}
