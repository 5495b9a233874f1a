package com.theorycloud.tabletheory.spring.data.sample.catalog;

import java.util.List;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/** Repository of {@link Ticket}. */
public interface TicketRepository extends TableTheoryRepository<Ticket, Key> {

    List<Ticket> findByAssigneeAndStateStartingWith(String assignee, String prefix);

    Slice<Ticket> findByQueue(String queue, Pageable pageable);
}
