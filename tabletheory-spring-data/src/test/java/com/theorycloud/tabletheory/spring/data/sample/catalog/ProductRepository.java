package com.theorycloud.tabletheory.spring.data.sample.catalog;

import java.util.List;

import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;

/** Repository of {@link Product}. */
public interface ProductRepository extends TableTheoryRepository<Product, String> {

    List<Product> findByCategoryOrderByPriceAsc(String category);

    List<Product> findByCategoryAndPriceLessThan(String category, Long price);
}
