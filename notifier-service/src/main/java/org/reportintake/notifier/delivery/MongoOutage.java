package org.reportintake.notifier.delivery;

import java.time.Duration;

import org.reportintake.model.retry.TransientRetry;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

/**
 * A dropped or unreachable MongoDB (e.g. its restart) is waited out, not dead-lettered: a fault run showed a verdict
 * event going to the dead-letter topic because a claim failed while the database restarted.
 */
public final class MongoOutage {

    public static final TransientRetry RETRY = new TransientRetry(
            e -> e instanceof MongoSocketException || e instanceof MongoTimeoutException, 5, Duration.ofSeconds(1));

    private MongoOutage() {
    }
}
