package com.theorycloud.tabletheory.samples.releaseregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.theorycloud.tabletheory.outbox.OutboxRelay;
import com.theorycloud.tabletheory.outbox.OutboxStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The whole application on the embedded local DynamoDB (application.yml), with a real server so the outbox relay
 * can call the app's own hook. The relay is driven with {@code pollOnce()} instead of its background schedule.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tabletheory.outbox.poll-interval=1h", "tabletheory.outbox.backoff-base=1ms"})
@AutoConfigureMockMvc
class ReleaseRegistryEndToEndTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OutboxRelay relay;

    @Autowired
    ReleaseRegistry registry;

    @Test
    void promotesRejectsAConflictRollsBackAndNotifiesThroughTheOutbox() throws Exception {
        send("/services", "{\"name\":\"billing\",\"team\":\"payments\"}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.state.status").value("registered"));
        send("/services/billing/releases", "{\"releaseId\":\"rel_001\",\"artifact\":\"billing-1.zip\"}")
                .andExpect(status().isCreated());
        send("/services/billing/releases", "{\"releaseId\":\"rel_002\",\"artifact\":\"billing-2.zip\"}")
                .andExpect(status().isCreated());

        send("/services/billing/promote", "{\"releaseId\":\"rel_001\",\"expectedVersion\":0,\"operator\":\"ada\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        send("/services/billing/promote", "{\"releaseId\":\"rel_002\",\"expectedVersion\":1,\"operator\":\"ada\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.previousReleaseId").value("rel_001"));
        send("/services/billing/promote", "{\"releaseId\":\"rel_002\",\"expectedVersion\":1,\"operator\":\"bob\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("ErrVersionConflict"));
        send("/services/billing/rollback", "{\"expectedVersion\":2,\"operator\":\"ada\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.currentReleaseId").value("rel_001"));
        send("/services/billing/rollback", "{\"expectedVersion\":3,\"operator\":\"ada\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("ErrInvalidTransition"));
        send("/services/billing/promote", "{\"releaseId\":\"rel_002\",\"expectedVersion\":3,\"operator\":\"ada\","
                + "\"confidence\":\"low\"}").andExpect(status().isUnprocessableContent());

        // The hook refuses each notification once (hook-failures-before-success: 1): the first poll fails all three,
        // a later one delivers them.
        for (int poll = 0; poll < 200 && !allDelivered(); poll++) {
            relay.pollOnce();
            Thread.sleep(5);
        }

        assertThat(registry.history("billing")).hasSize(3).allSatisfy(entry -> {
            assertThat(entry.notification()).hasValueSatisfying(record -> {
                assertThat(record.status()).isEqualTo(OutboxStatus.DONE);
                assertThat(record.attempts()).isEqualTo(2);
                assertThat(record.lastError()).contains("HTTP 503");
            });
        });
        mvc.perform(get("/hooks/deployments")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.body == 'billing rolled_back rel_001')].attempt").value(2));
    }

    @Test
    void pagesThroughReleasesWithTheCursor() throws Exception {
        send("/services", "{\"name\":\"search\",\"team\":\"discovery\"}").andExpect(status().isCreated());
        for (int i = 1; i <= 5; i++) {
            send("/services/search/releases", "{\"releaseId\":\"rel_00" + i + "\",\"artifact\":\"a\"}")
                    .andExpect(status().isCreated());
        }

        String first = mvc.perform(get("/services/search/releases").param("limit", "2"))
                .andExpect(jsonPath("$.items.length()").value(2)).andReturn().getResponse().getContentAsString();
        String cursor = JsonPath.read(first, "$.nextCursor");
        String second = mvc.perform(get("/services/search/releases").param("limit", "2").param("cursor", cursor))
                .andExpect(jsonPath("$.items[0].releaseId").value("rel_003")).andReturn().getResponse()
                .getContentAsString();
        String third = mvc.perform(get("/services/search/releases").param("limit", "2")
                        .param("cursor", JsonPath.<String>read(second, "$.nextCursor")))
                .andReturn().getResponse().getContentAsString();

        assertThat(JsonPath.<java.util.List<String>>read(third, "$.items[*].releaseId")).containsExactly("rel_005");
        assertThat(JsonPath.<Object>read(third, "$.nextCursor")).isNull();
    }

    @Test
    void healthAndMetricsShowTheTablesAndTheOutbox() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.tabletheory.status").value("UP"))
                .andExpect(jsonPath("$.components.outbox.details.dead").value(0));
        send("/services", "{\"name\":\"metrics\",\"team\":\"ops\"}").andExpect(status().isCreated());

        mvc.perform(get("/actuator/metrics/tabletheory.outbox.pending")).andExpect(status().isOk())
                .andExpect(jsonPath("$.measurements[0].value").isNumber());
        mvc.perform(get("/actuator/metrics/tabletheory.operation")).andExpect(status().isOk());
    }

    private boolean allDelivered() {
        return registry.history("billing").stream().allMatch(entry -> entry.notification()
                .map(record -> record.status() == OutboxStatus.DONE).orElse(false));
    }

    private ResultActions send(String path, String json) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
