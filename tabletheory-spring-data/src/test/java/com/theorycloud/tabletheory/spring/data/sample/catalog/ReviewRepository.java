package com.theorycloud.tabletheory.spring.data.sample.catalog;

import java.util.List;

import com.theorycloud.tabletheory.Key;
import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;

/** Repository of {@link Review}. */
public interface ReviewRepository extends TableTheoryRepository<Review, Key> {

    List<Review> findByProductSku(String productSku);

    long countByAuthor(String author);

    List<Review> findByProductSkuAndStarsGreaterThanEqual(String productSku, Integer stars);
}
