package org.reportintake.validator.rules;

import java.time.Instant;

/**
 * The crawler saw this document at the same address before with other content: it was altered after publication.
 *
 * @param sourceUrl      where it is published
 * @param previousSha256 the content hash first seen there
 * @param firstSeenAt    when the crawler first saw the address
 */
public record PublicationChange(String sourceUrl, String previousSha256, Instant firstSeenAt) {
}
