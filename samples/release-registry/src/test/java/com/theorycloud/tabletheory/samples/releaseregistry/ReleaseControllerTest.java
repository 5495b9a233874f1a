package com.theorycloud.tabletheory.samples.releaseregistry;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.theorycloud.tabletheory.error.InvalidTransitionException;
import com.theorycloud.tabletheory.error.RejectedDeployAuthorityEvidenceException;
import com.theorycloud.tabletheory.error.VersionConflictException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The HTTP layer alone: requests, JSON and how each failure becomes a status code. */
@WebMvcTest(ReleaseController.class)
class ReleaseControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ReleaseRegistry registry;

    @Test
    void listsAPageOfReleasesWithTheNextCursor() throws Exception {
        given(registry.releases("checkout", 2, "abc")).willReturn(new ReleaseRegistry.ReleasePage(
                List.of(new Release("checkout", "rel_003", "checkout.zip", null, null, 0L)), "next-cursor"));

        mvc.perform(get("/services/checkout/releases").param("limit", "2").param("cursor", "abc"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].releaseId").value("rel_003"))
                .andExpect(jsonPath("$.nextCursor").value("next-cursor"));
    }

    @Test
    void staleVersionIsAConflict() throws Exception {
        given(registry.promote(eq("checkout"), eq("rel_002"), eq(1L), eq("ada"), eq("high")))
                .willThrow(new VersionConflictException("DeploymentState", "at version 2, not the expected 1", null));

        mvc.perform(post("/services/checkout/promote").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"releaseId\":\"rel_002\",\"expectedVersion\":1,\"operator\":\"ada\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ErrVersionConflict"));
    }

    @Test
    void illegalTransitionIsAConflict() throws Exception {
        given(registry.rollback(eq("checkout"), anyLong(), anyString(), anyString()))
                .willThrow(new InvalidTransitionException("DeploymentState", "cannot move"));

        mvc.perform(post("/services/checkout/rollback").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"expectedVersion\":3,\"operator\":\"ada\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ErrInvalidTransition"));
    }

    @Test
    void rejectedDeployAuthorityIsUnprocessable() throws Exception {
        given(registry.promote(eq("checkout"), eq("rel_002"), eq(1L), eq("ada"), eq("low")))
                .willThrow(new RejectedDeployAuthorityEvidenceException("DeploymentState", "low confidence"));

        mvc.perform(post("/services/checkout/promote").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"releaseId\":\"rel_002\",\"expectedVersion\":1,\"operator\":\"ada\","
                                + "\"confidence\":\"low\"}"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void unknownServiceIsNotFound() throws Exception {
        given(registry.service("nope")).willThrow(new NotFoundException("no service 'nope'"));

        mvc.perform(get("/services/nope")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("no service 'nope'"));
    }
}
