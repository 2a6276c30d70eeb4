package org.reportintake.intake.crawl;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Crawl tests get a database of their own: a crawl of "all agencies" must only ever see the loopback fixture
 * agencies these tests insert, never directory entries another test left behind (which could name real hosts).
 */
public class CrawlTestProfile implements QuarkusTestProfile {

    static final String DATABASE = "report_intake_crawl_test";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.mongodb.database", DATABASE);
    }
}
