package com.theorycloud.tabletheory.spring.boot.test.autoconfigure.sample;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.Table;
import com.theorycloud.tabletheory.TableTheory;
import com.theorycloud.tabletheory.local.LocalDynamoDb;
import com.theorycloud.tabletheory.spring.boot.TableTheoryModels;
import com.theorycloud.tabletheory.spring.boot.test.autoconfigure.TableTheoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

@TableTheoryTest
class TableTheoryTestTests {

    @Autowired
    private TableTheory tableTheory;

    @Autowired
    private ApplicationContext context;

    @Test
    void startsTheEngineOnALocalDynamoDbWithTheModelsTables() {
        assertThat(context.getBean(LocalDynamoDb.class).isEmbedded()).isTrue();
        assertThat(context.getBean(TableTheoryModels.class).modelClasses()).containsExactly(Note.class);

        Table<Note> notes = tableTheory.table(Note.class);
        notes.create(new Note("NOTE#1", "V1", "hello"));

        assertThat(notes.get(Key.of("NOTE#1", "V1")).text()).isEqualTo("hello");
    }

    @Test
    void leavesTheApplicationsOtherComponentsOut() {
        assertThat(context.getBeanNamesForType(NoteService.class)).isEmpty();
    }
}
