package com.theorycloud.tabletheory.spring.boot.rest;

import java.net.URI;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.TableTheory;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Exposes TableTheory repositories with Spring Data REST against the local DynamoDB: items are created, read by their
 * self links, listed and deleted over HTTP, and checked in the table through the engine.
 */
@SpringBootTest(properties = "spring.config.location=classpath:/rest/application.yml")
@AutoConfigureMockMvc
class DataRestEndToEndTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    private MockMvc mvc;

    @Autowired
    private TableTheory engine;

    @Test
    void compositeIdsTravelInSelfLinksAndResolveBack() throws Exception {
        // Key values with a slash, a comma, a space, '~' and non-ASCII text: all must survive the URL.
        MvcResult created = mvc.perform(post("/shipments").contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content("{\"customerId\":\"tenant/1\",\"shipmentId\":\"2024-05-01, #7 ~ größe\","
                        + "\"status\":\"PACKED\"}"))
            .andExpect(status().isCreated()).andReturn();
        String self = json.readTree(created.getResponse().getContentAsString()).path("_links").path("self")
            .path("href").asString();
        assertThat(self).isEqualTo("http://localhost/shipments/tenant~2F1,2024-05-01~2C~20~237~20~7E~20gr~C3~B6~C3~9Fe");
        assertThat(created.getResponse().getHeader("Location")).isEqualTo(self);

        assertThat(engine.table(Shipment.class).get(Key.of("tenant/1", "2024-05-01, #7 ~ größe")))
            .isEqualTo(new Shipment("tenant/1", "2024-05-01, #7 ~ größe", "PACKED"));

        JsonNode read = json.readTree(mvc.perform(get(self)).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString());
        assertThat(read.path("status").asString()).isEqualTo("PACKED");
        assertThat(read.path("_links").path("self").path("href").asString()).isEqualTo(self);

        mvc.perform(post("/shipments").contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content("{\"customerId\":\"tenant/1\",\"shipmentId\":\"plain\",\"status\":\"SENT\"}"))
            .andExpect(status().isCreated());
        JsonNode list = json.readTree(mvc.perform(get("/shipments")).andExpect(status().isOk()).andReturn()
            .getResponse().getContentAsString());
        assertThat(list.path("_embedded").path("shipments").valueStream()
                .map(it -> it.path("_links").path("self").path("href").asString()))
            .containsExactlyInAnyOrder(self, "http://localhost/shipments/tenant~2F1,plain");

        mvc.perform(delete(self)).andExpect(status().isNoContent());
        mvc.perform(get(self)).andExpect(status().isNotFound());
        assertThat(engine.table(Shipment.class).find(Key.of("tenant/1", "2024-05-01, #7 ~ größe"))).isEmpty();
        assertThat(engine.table(Shipment.class).find(Key.of("tenant/1", "plain"))).isPresent();
    }

    @Test
    void urlsBuiltByHandFromRawKeyValuesDoNotFindTheItem() throws Exception {
        engine.table(Shipment.class).put(new Shipment("tenant/2", "s-1", "PACKED"));
        String customerId = "tenant/2";
        String shipmentId = "s-1";
        try {
            // region hand-built-url
            // ❌ the raw '/' in the partition key splits the path, and the parts are not joined with ','
            mvc.perform(get("/shipments/" + customerId + "/" + shipmentId)).andExpect(status().is4xxClientError());
            // ✅ the escaped id, as in the item's self link
            mvc.perform(get("/shipments/tenant~2F2,s-1")).andExpect(status().isOk());
            // endregion
        }
        finally {
            // The other tests list the whole table.
            engine.table(Shipment.class).delete(Key.of("tenant/2", "s-1"));
        }
    }

    @Test
    void malformedIdsAreBadRequestsNamingTheExpectedForm() throws Exception {
        MvcResult onlyPartition = mvc.perform(get("/shipments/tenant-1")).andExpect(status().isBadRequest())
            .andReturn();
        assertThat(onlyPartition.getResponse().getErrorMessage())
            .contains("Id 'tenant-1' in the URL is not an id of model Shipment")
            .contains("Expected 'customerId,shipmentId'");
        MvcResult badEscape = mvc.perform(get("/shipments/a~2,b")).andExpect(status().isBadRequest()).andReturn();
        assertThat(badEscape.getResponse().getErrorMessage()).contains("is not followed by two hex digits");
        mvc.perform(get("/shipments/a,b,c")).andExpect(status().isBadRequest());
        mvc.perform(get("/tenants/a,b")).andExpect(status().isBadRequest());
    }

    @Test
    void compositeItemsAreCreatedReplacedAndPatchedAtTheirUrl() throws Exception {
        String url = "/shipments/tenant~2F3,s~209";
        Key key = Key.of("tenant/3", "s 9");
        try {
            mvc.perform(put(url).contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"PACKED\"}"))
                .andExpect(status().isCreated());
            assertThat(engine.table(Shipment.class).get(key)).isEqualTo(new Shipment("tenant/3", "s 9", "PACKED"));

            mvc.perform(put(url).contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"SENT\"}"))
                .andExpect(status().is2xxSuccessful());
            assertThat(engine.table(Shipment.class).get(key).status()).isEqualTo("SENT");

            MvcResult patched = mvc.perform(patch(url).contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON).content("{\"status\":\"DELIVERED\"}"))
                .andExpect(status().isOk()).andReturn();
            JsonNode body = json.readTree(patched.getResponse().getContentAsString());
            assertThat(body.path("status").asString()).isEqualTo("DELIVERED");
            assertThat(body.path("_links").path("self").path("href").asString()).isEqualTo("http://localhost" + url);
            assertThat(engine.table(Shipment.class).get(key).status()).isEqualTo("DELIVERED");

            // The URL names the item: key values in the body neither move it nor create a second item.
            mvc.perform(put(url).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"customerId\":\"tenant/4\",\"shipmentId\":\"other\",\"status\":\"LOST\"}"))
                .andExpect(status().is2xxSuccessful());
            mvc.perform(patch(url).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"shipmentId\":\"patched-away\",\"status\":\"FOUND\"}"))
                .andExpect(status().is2xxSuccessful());
            assertThat(engine.table(Shipment.class).get(key)).isEqualTo(new Shipment("tenant/3", "s 9", "FOUND"));
            assertThat(engine.table(Shipment.class).find(Key.of("tenant/4", "other"))).isEmpty();
            assertThat(engine.table(Shipment.class).find(Key.of("tenant/3", "patched-away"))).isEmpty();

            mvc.perform(put("/shipments/tenant-3").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"status\":\"PACKED\"}"))
                .andExpect(status().isBadRequest());
        }
        finally {
            // The other tests list the whole table.
            engine.table(Shipment.class).delete(key);
        }
    }

    @Test
    void versionedCompositeItemsHonourIfMatchOnPutAndPatch() throws Exception {
        // Declared with Key ids and a numeric sort key: "7" in the URL is the int 7. PUT bodies name the int too:
        // Jackson reads a PUT body into a new record first and refuses to leave a primitive component unset.
        MvcResult created = mvc.perform(put("/stops/route-1,7").contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content("{\"sequence\":7,\"place\":\"depot\"}"))
            .andReturn();
        assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString()).isEqualTo(201);
        assertThat(created.getResponse().getHeader("ETag")).isEqualTo("\"0\"");
        assertThat(engine.table(Stop.class).get(Key.of("route-1", 7))).isEqualTo(new Stop("route-1", 7, "depot", 0L));

        MvcResult stale = mvc.perform(put("/stops/route-1,7").contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"3\"").content("{\"sequence\":7,\"place\":\"market\",\"version\":0}")).andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(412);

        MvcResult replaced = mvc.perform(put("/stops/route-1,7").contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).header("If-Match", "\"0\"")
                .content("{\"sequence\":7,\"place\":\"market\",\"version\":0}")).andReturn();
        assertThat(replaced.getResponse().getStatus()).as(replaced.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(replaced.getResponse().getHeader("ETag")).isEqualTo("\"1\"");

        MvcResult patched = mvc.perform(patch("/stops/route-1,7").contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).header("If-Match", "\"1\"").content("{\"place\":\"school\"}"))
            .andReturn();
        assertThat(patched.getResponse().getStatus()).isEqualTo(200);
        assertThat(patched.getResponse().getHeader("ETag")).isEqualTo("\"2\"");
        assertThat(engine.table(Stop.class).get(Key.of("route-1", 7))).isEqualTo(new Stop("route-1", 7, "school", 2L));

        MvcResult stalePatch = mvc.perform(patch("/stops/route-1,7").contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"1\"").content("{\"place\":\"park\"}")).andReturn();
        assertThat(stalePatch.getResponse().getStatus()).isEqualTo(412);
        assertThat(engine.table(Stop.class).get(Key.of("route-1", 7)).place()).isEqualTo("school");

        mvc.perform(put("/stops/route-1,seven").contentType(MediaType.APPLICATION_JSON)
                .content("{\"sequence\":7,\"place\":\"nowhere\"}"))
            .andExpect(status().isBadRequest());
        assertThat(mvc.perform(delete("/stops/route-1,7")).andReturn().getResponse().getStatus()).isEqualTo(204);
        assertThat(engine.table(Stop.class).find(Key.of("route-1", 7))).isEmpty();
    }

    @Test
    void profilesDescribeCompositeModelsWithBothKeyPropertiesAndNoSyntheticId() throws Exception {
        JsonNode alps = json.readTree(mvc.perform(get("/profile/shipments").accept("application/alps+json"))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(alps.toString()).contains("\"customerId\"", "\"shipmentId\"", "\"status\"")
            .doesNotContain("customerId,shipmentId");

        JsonNode schema = json.readTree(mvc.perform(get("/profile/stops").accept("application/schema+json"))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(schema.path("properties").propertyNames()).contains("routeId", "sequence", "place")
            .doesNotContain("routeId,sequence");
    }

    @Test
    void simpleKeyRepositoriesWorkAsIs() throws Exception {
        mvc.perform(put("/tenants/acme~20corp").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Acme\"}"))
            .andExpect(status().isCreated());
        assertThat(engine.table(Tenant.class).get(Key.of("acme corp"))).isEqualTo(new Tenant("acme corp", "Acme"));

        mvc.perform(put("/tenants/acme~20corp").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Acme Inc\"}"))
            .andExpect(status().is2xxSuccessful());
        assertThat(engine.table(Tenant.class).get(Key.of("acme corp")).name()).isEqualTo("Acme Inc");

        MvcResult created = mvc.perform(post("/tenants").contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content("{\"tenantId\":\"globex\",\"name\":\"Globex\"}"))
            .andExpect(status().isCreated()).andReturn();
        assertThat(created.getResponse().getHeader("Location")).isEqualTo("http://localhost/tenants/globex");

        JsonNode read = json.readTree(mvc.perform(get("/tenants/acme~20corp")).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString());
        assertThat(read.path("name").asString()).isEqualTo("Acme Inc");
        assertThat(read.path("_links").path("self").path("href").asString())
            .isEqualTo("http://localhost/tenants/acme~20corp");

        JsonNode list = json.readTree(mvc.perform(get("/tenants")).andExpect(status().isOk()).andReturn()
            .getResponse().getContentAsString());
        assertThat(list.path("_embedded").path("tenants").valueStream().map(it -> it.path("name").asString()))
            .containsExactlyInAnyOrder("Acme Inc", "Globex");

        mvc.perform(delete("/tenants/globex")).andExpect(status().isNoContent());
        assertThat(engine.table(Tenant.class).find(Key.of("globex"))).isEmpty();
    }

    @Test
    void versionedSimpleKeyItemsHonourIfMatchOnPutAndPatch() throws Exception {
        MvcResult created = mvc.perform(put("/gadgets/g-1").contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"lamp\"}")).andReturn();
        assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString()).isEqualTo(201);
        assertThat(engine.table(Gadget.class).get(Key.of("g-1")).name()).isEqualTo("lamp");
        String self = json.readTree(created.getResponse().getContentAsString()).path("_links").path("self")
            .path("href").asString();
        assertThat(self).isEqualTo("http://localhost/gadgets/g-1");

        MvcResult stale = mvc.perform(put(URI.create(self)).contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"7\"").content("{\"name\":\"desk lamp\"}")).andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(412);

        // A PUT replaces the whole item: without the version it read, the request cannot be an update.
        MvcResult unversioned = mvc.perform(put(URI.create(self)).contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"0\"").content("{\"name\":\"desk lamp\"}")).andReturn();
        assertThat(unversioned.getResponse().getStatus()).isEqualTo(412);
        assertThat(engine.table(Gadget.class).get(Key.of("g-1"))).extracting(Gadget::name, Gadget::version)
            .containsExactly("lamp", 0L);

        MvcResult updated = mvc.perform(put(URI.create(self)).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).header("If-Match", "\"0\"")
                .content("{\"name\":\"desk lamp\",\"version\":0}")).andReturn();
        assertThat(updated.getResponse().getStatus()).isEqualTo(200);
        assertThat(updated.getResponse().getHeader("ETag")).isEqualTo("\"1\"");
        assertThat(engine.table(Gadget.class).get(Key.of("g-1"))).extracting(Gadget::name, Gadget::version)
            .containsExactly("desk lamp", 1L);

        // A PATCH keeps the stored version, checked against If-Match.
        MvcResult patched = mvc.perform(patch(URI.create(self)).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).header("If-Match", "\"1\"")
                .content("{\"name\":\"floor lamp\"}")).andReturn();
        assertThat(patched.getResponse().getStatus()).isEqualTo(200);
        assertThat(patched.getResponse().getHeader("ETag")).isEqualTo("\"2\"");
        assertThat(engine.table(Gadget.class).get(Key.of("g-1"))).extracting(Gadget::name, Gadget::version)
            .containsExactly("floor lamp", 2L);

        JsonNode gadgets = json.readTree(mvc.perform(get("/gadgets")).andReturn().getResponse().getContentAsString())
            .path("_embedded").path("gadgets");
        assertThat(gadgets.size()).isEqualTo(1);
        assertThat(gadgets.get(0).path("name").asString()).isEqualTo("floor lamp");

        assertThat(mvc.perform(delete(URI.create(self))).andReturn().getResponse().getStatus()).isEqualTo(204);
        assertThat(engine.table(Gadget.class).find(Key.of("g-1"))).isEmpty();
    }
}
