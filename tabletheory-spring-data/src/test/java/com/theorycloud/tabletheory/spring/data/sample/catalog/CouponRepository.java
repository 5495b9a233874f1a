package com.theorycloud.tabletheory.spring.data.sample.catalog;

import java.util.List;

import com.theorycloud.tabletheory.spring.data.repository.TableTheoryRepository;

/** Repository of {@link Coupon}. */
public interface CouponRepository extends TableTheoryRepository<Coupon, String> {

    List<Coupon> findByCampaignAndPercentBetween(String campaign, Integer low, Integer high);
}
