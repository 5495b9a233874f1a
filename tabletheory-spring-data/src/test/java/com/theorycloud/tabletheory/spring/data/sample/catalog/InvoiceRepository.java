package com.theorycloud.tabletheory.spring.data.sample.catalog;

import java.util.List;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;

/** Repository of {@link Invoice}. */
public interface InvoiceRepository extends TableTheoryRepository<Invoice, Key> {

    List<Invoice> findByStatusAndDueDateLessThan(String status, String dueDate);

    boolean existsByCustomerIdAndInvoiceId(String customerId, String invoiceId);
}
