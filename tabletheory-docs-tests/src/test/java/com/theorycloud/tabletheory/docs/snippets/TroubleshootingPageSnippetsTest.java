package com.theorycloud.tabletheory.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.error.TableTheoryException;
import com.theorycloud.tabletheory.spring.data.core.TableTheoryTemplate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

/** The Spring snippet of docs/troubleshooting.md: the translated exception carries the engine's error code. */
class TroubleshootingPageSnippetsTest {

    @Test
    void springCodeCatchesTheSpringTypeAndReadsTheCodeFromTheCause() {
        TableTheory db = DocsDb.engine();
        DocsDb.table(db, User.class);
        TableTheoryTemplate template = new TableTheoryTemplate(db);
        User stale = template.insert(User.of("USER#TS", "PROFILE", "first"));
        template.save(stale.withNickname("second"));
        List<String> conflictCodes = new ArrayList<>();
        try {
            template.save(stale.withNickname("stale"));
        // region spring-catch
        } catch (OptimisticLockingFailureException e) {
            String code = ((TableTheoryException) e.getCause()).errorCode();   // "ErrVersionConflict"
            conflictCodes.add(code);
        }
        // endregion
        assertThat(conflictCodes).containsExactly("ErrVersionConflict");
    }
}
