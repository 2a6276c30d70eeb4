package org.reportintake.notifier.mail;

/** A rendered notice. */
public record NoticeContent(String subject, String text) {
}
