package com.theorycloud.tabletheory.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.error.InvalidModelException;
import com.theorycloud.tabletheory.error.VersionConflictException;
import com.theorycloud.tabletheory.expression.AttributePath;
import com.theorycloud.tabletheory.expression.Condition;
import com.theorycloud.tabletheory.expression.ReturnValues;
import com.theorycloud.tabletheory.expression.Update;
import com.theorycloud.tabletheory.mapping.Document;
import com.theorycloud.tabletheory.mapping.DocumentItemCodec;
import com.theorycloud.tabletheory.model.ModelSchema;
import com.theorycloud.tabletheory.model.dms.DmsLoader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The snippets of docs/update-builder.md, run against the local DynamoDB. */
class UpdateBuilderPageSnippetsTest {

    private static TableTheory db;
    private static Table<User> users;
    private static Table<Document> events;

    @BeforeAll
    static void createTables() {
        db = DocsDb.engine();
        users = DocsDb.table(db, User.class);
        ModelSchema event = DmsLoader.loadResource("snippets/events.yml").model("Event");
        events = db.table(DocumentItemCodec.of(event));
        db.ensureTable(events.schema());
    }

    @Test
    void everyAction() {
        events.put(Document.builder().put("PK", "ACTIONS").put("SK", "ITEM").put("name", "before").put("count", 1)
                .put("tags", Set.of("a", "b")).put("scores", Set.of(1, 2)).put("history", List.of("created"))
                .put("profile", Map.of("city", "Oslo", "zip", "0150")).build());
        User current = users.create(User.of("USER#1", "PROFILE", "Alice").withDetails(Set.of("t"), null, "active"));
        users.update(current.withNickname("Alicia"), "nickname");
        users.update(users.get(Key.of("USER#1", "PROFILE")).withNickname("Ally"), "nickname");
        users.update(users.get(Key.of("USER#1", "PROFILE")).withNickname("Ali"), "nickname");
        Key key = Key.of("USER#1", "PROFILE");
        // region actions
        Document updated = events.update(Key.of("ACTIONS", "ITEM"), Update.create()
                .set("name", "after")                                   // SET
                .increment("count")                                     // ADD count 1
                .add("tags", Set.of("c"))                               // ADD to a string set
                .deleteFromSet("scores", 1)                             // DELETE from a number set
                .appendToList("history", "updated")                     // SET history = list_append(history, ...)
                .set(AttributePath.of("profile").key("city"), "Bergen") // nested map key
                .remove(AttributePath.of("profile").key("zip"))         // REMOVE a nested key
                .setIfNotExists("region", "eu"))                        // SET region = if_not_exists(region, "eu")
            .orElseThrow();                                             // ALL_NEW by default

        // Optimistic locking and an extra condition
        users.update(Key.of("USER#1", "PROFILE"), Update.create()
                .set("nickname", "Al")
                .expectVersion(3)
                .onlyIf(Condition.eq("status", "active")));

        // Ask for less
        users.update(key, Update.create().decrement("credits").returning(ReturnValues.UPDATED_NEW));
        users.update(key, Update.create().remove("tags").returning(ReturnValues.NONE));   // Optional.empty()
        // endregion
        Map<String, Object> stored = updated.asMap();
        assertThat(stored).containsEntry("name", "after").containsEntry("region", "eu");
        assertThat(stored.get("tags")).asString().contains("c");
        assertThat(stored.get("history")).asString().contains("updated");
        assertThat(stored.get("profile")).asString().contains("Bergen").doesNotContain("0150");
        User after = users.get(key);
        assertThat(after.nickname()).isEqualTo("Al");
        assertThat(after.credits()).isEqualTo(-1L);
        assertThat(after.tags()).isNull();
        assertThat(after.version()).isEqualTo(6);
        assertThat(users.update(key, Update.create().remove("tags").returning(ReturnValues.NONE)))
                .isEqualTo(Optional.empty());
    }

    @Test
    void lifecycleAttributesAreTheEnginesJob() {
        Key key = Key.of("USER#LC", "PROFILE");
        User current = users.create(User.of("USER#LC", "PROFILE", "Alice"));
        // region expect-version
        users.update(key, Update.create().set("nickname", "Al").expectVersion(current.version()));
        // endregion
        assertThat(users.get(key).version()).isEqualTo(1);
        assertThatThrownBy(() -> users.update(key, Update.create().set("nickname", "B").expectVersion(0)))
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> {
            // region increment-version
            users.update(key, Update.create().set("nickname", "Al").increment("version"));
            // endregion
        }).isInstanceOf(InvalidModelException.class).hasMessageContaining("version");
    }
}
