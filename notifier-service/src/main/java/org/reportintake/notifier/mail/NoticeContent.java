package org.reportintake.notifier.mail;

/** A rendered notice: subject, plain-text part and HTML part. */
public record NoticeContent(String subject, String text, String html) {
}
