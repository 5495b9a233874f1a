package com.theorycloud.tabletheory.samples.releaseregistry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stands in for the external system that wants to hear about deployments. It refuses the first
 * {@code registry.hook-failures-before-success} deliveries of each notification with 503, so the relay's retries show
 * up, and treats a repeated idempotency key as already done (deliveries are at least once).
 */
@RestController
@RequestMapping("/hooks/deployments")
class DeploymentHookController {

    private final RegistryProperties properties;
    private final Map<String, Integer> refused = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    DeploymentHookController(RegistryProperties properties) {
        this.properties = properties;
    }

    /**
     * One accepted notification.
     *
     * @param idempotencyKey the notification's idempotency key
     * @param attempt        the relay's attempt number that got through
     * @param body           what was requested
     * @param receivedAt     when it arrived
     */
    record Received(String idempotencyKey, int attempt, String body, Instant receivedAt) {
    }

    @PostMapping
    ResponseEntity<Void> receive(@RequestHeader("Idempotency-Key") String key,
            @RequestHeader(name = "X-Attempt", defaultValue = "1") int attempt, @RequestBody String body) {
        int refusedSoFar = refused.getOrDefault(key, 0);
        if (refusedSoFar < properties.hookFailuresBeforeSuccess()) {
            refused.put(key, refusedSoFar + 1);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
        if (received.stream().noneMatch(r -> r.idempotencyKey().equals(key))) {
            received.add(new Received(key, attempt, body, Instant.now()));
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    List<Received> received() {
        return List.copyOf(received);
    }
}
