package com.theorycloud.tabletheory.samples.quickstart;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Starts the application, saves three items and prints what each query finds. The starter finds the model and the
 * repository in this package by itself: no {@code @EnableTableTheoryRepositories} needed.
 */
@SpringBootApplication
public class QuickstartApplication {

    private static final Logger LOG = LoggerFactory.getLogger(QuickstartApplication.class);

    /** Runs the application. */
    public static void main(String[] args) {
        SpringApplication.run(QuickstartApplication.class, args);
    }

    @Bean
    ApplicationRunner demo(TodoRepository todos) {
        return args -> {
            todos.save(Todo.open("ada", "2026-11-25#milk", "Buy milk"));
            todos.save(Todo.open("ada", "2026-11-26#tax", "File taxes"));
            Todo notes = todos.save(Todo.open("alan", "2026-11-25#notes", "Write notes"));
            todos.save(notes.done());

            LOG.info("ada's items:          {}", titles(todos.findByOwner("ada")));
            LOG.info("ada's items on 11-25: {}", titles(todos.findByOwnerAndTodoIdStartingWith("ada", "2026-11-25")));
            LOG.info("done, newest first:   {}", titles(todos.findByStatusOrderByCreatedAtDesc("done")));
        };
    }

    private static List<String> titles(List<Todo> items) {
        return items.stream().map(Todo::title).toList();
    }
}
