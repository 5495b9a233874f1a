package com.theorycloud.tabletheory.samples.releaseregistry;

import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.outbox.Outbox;
import com.theorycloud.tabletheory.outbox.OutboxRecord;
import com.theorycloud.tabletheory.release.ReleaseStateService;
import com.theorycloud.tabletheory.release.Transition;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.stereotype.Service;

/**
 * What the registry does: register services, record releases, promote and roll back through release-state
 * transitions (each one transaction: actual row, history event and outbox notification), and read it all back.
 */
@Service
public class ReleaseRegistry {

    /** The outbox operation that notifies the deployment hook. */
    public static final String NOTIFY = "notify_deployment";

    private static final DateTimeFormatter EVENT_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final TableTheory engine;
    private final ServiceRepository services;
    private final ReleaseRepository releases;
    private final DeploymentStateRepository states;
    private final DeploymentEventRepository events;
    private final ReleaseStateService<DeploymentState, DeploymentEvent> transitions;
    private final Outbox outbox;
    private final Clock clock;

    ReleaseRegistry(TableTheory engine, ServiceRepository services, ReleaseRepository releases,
            DeploymentStateRepository states, DeploymentEventRepository events,
            ReleaseStateService<DeploymentState, DeploymentEvent> transitions, Outbox outbox) {
        this.engine = engine;
        this.services = services;
        this.releases = releases;
        this.states = states;
        this.events = events;
        this.transitions = transitions;
        this.outbox = outbox;
        this.clock = engine.clock();
    }

    /** Registers a service and its empty deployment state in one transaction; fails if it exists. */
    public ServiceEntry register(String name, String team) {
        Table<ServiceEntry> serviceTable = engine.table(ServiceEntry.class);
        Table<DeploymentState> stateTable = engine.table(DeploymentState.class);
        engine.transactWrite().create(serviceTable, new ServiceEntry(name, team, null, null))
                .create(stateTable, DeploymentState.registered(name)).execute();
        return service(name);
    }

    /** A registered service. */
    public ServiceEntry service(String name) {
        return services.findById(name).orElseThrow(() -> new NotFoundException("no service '" + name + "'"));
    }

    /** The deployment state of a registered service. */
    public DeploymentState state(String service) {
        return states.findById(new DeploymentKey(service, DeploymentState.ACTUAL))
                .orElseThrow(() -> new NotFoundException("no service '" + service + "'"));
    }

    /** Records a release of a registered service; fails if the release id exists. */
    public Release record(String service, String releaseId, String artifact, @Nullable String commitSha) {
        service(service);
        return releases.insert(new Release(service, releaseId, artifact, commitSha, null, null));
    }

    /** One page of a service's releases; pass the previous page's cursor to continue. */
    public ReleasePage releases(String service, int limit, @Nullable String cursor) {
        ScrollPosition position = cursor == null ? ScrollPosition.keyset()
                : ScrollPosition.forward(Map.of("cursor", cursor));
        Window<Release> window = releases.findByService(service, position, Limit.of(limit));
        String next = null;
        if (window.hasNext() && !window.isEmpty()) {
            next = (String) ((KeysetScrollPosition) window.positionAt(window.size() - 1)).getKeys().get("cursor");
        }
        return new ReleasePage(window.getContent(), next);
    }

    /**
     * Makes a recorded release the live one: the state moves to {@code active}, the event is appended and the
     * deployment hook is notified through the outbox, all in one transaction checked against
     * {@code expectedVersion}.
     */
    public DeploymentState promote(String service, String releaseId, long expectedVersion, String operator,
            String confidence) {
        if (releases.findById(new ReleaseId(service, releaseId)).isEmpty()) {
            throw new NotFoundException("service '" + service + "' has no release '" + releaseId + "'");
        }
        DeploymentState current = state(service);
        return move(service, "active", "promoted", releaseId, current.currentReleaseId(), expectedVersion, operator,
                confidence);
    }

    /** Puts the previously live release back: the state moves to {@code rolled_back}. */
    public DeploymentState rollback(String service, long expectedVersion, String operator, String confidence) {
        DeploymentState current = state(service);
        if (current.previousReleaseId() == null) {
            throw new ConflictException("service '" + service + "' has no previous release to roll back to");
        }
        return move(service, "rolled_back", "rolled_back", current.previousReleaseId(), current.currentReleaseId(),
                expectedVersion, operator, confidence);
    }

    private DeploymentState move(String service, String status, String eventType, String releaseId,
            @Nullable String previous, long expectedVersion, String operator, String confidence) {
        Instant now = clock.instant();
        DeployAuthority authority = DeployAuthority.operatorCommand(operator, service, releaseId, confidence, now);
        String eventKey = EVENT_TIME.format(now) + "#" + releaseId;
        List<String> fields = new ArrayList<>(List.of("status", "currentReleaseId", "provenance", "confidence"));
        if (previous != null) {
            fields.add("previousReleaseId");
        }
        DeploymentState next = new DeploymentState(service, DeploymentState.ACTUAL, status, releaseId, previous,
                authority.provenance(), authority.confidence(), null, expectedVersion);
        DeploymentEvent event = new DeploymentEvent(service, DeploymentEvent.PREFIX + eventKey, eventType, releaseId,
                operator, authority.provenance(), authority.confidence(), now);
        OutboxRecord notification = OutboxRecord.pending(outboxPartition(service), outboxSortKey(eventKey))
                .operation(NOTIFY).idempotencyKey(service + ":" + eventKey)
                .requestedState(service + " " + status + " " + releaseId).build();
        transitions.transition(Transition.<DeploymentState, DeploymentEvent>of(next, fields)
                .expectVersion(expectedVersion).event(event).outbox(notification).build());
        return state(service);
    }

    /** A service's deployment history, oldest first, each event with the state of its notification. */
    public List<HistoryEntry> history(String service) {
        service(service);
        return events.findByServiceAndKindStartingWith(service, DeploymentEvent.PREFIX).stream()
                .map(event -> new HistoryEntry(event, notification(event))).toList();
    }

    private Optional<OutboxRecord> notification(DeploymentEvent event) {
        return outbox.find(outboxPartition(event.service()),
                outboxSortKey(event.kind().substring(DeploymentEvent.PREFIX.length())));
    }

    private static String outboxPartition(String service) {
        return "RELEASE#" + service;
    }

    private static String outboxSortKey(String eventKey) {
        return "OUTBOX#notify#" + eventKey;
    }

    /**
     * One page of releases.
     *
     * @param items      the releases on this page
     * @param nextCursor the cursor of the next page, or {@code null} on the last page
     */
    public record ReleasePage(List<Release> items, @Nullable String nextCursor) {
    }

    /**
     * A history event and its notification.
     *
     * @param event        the event row
     * @param notification the outbox record that notifies the hook of it
     */
    public record HistoryEntry(DeploymentEvent event, Optional<OutboxRecord> notification) {
    }
}
