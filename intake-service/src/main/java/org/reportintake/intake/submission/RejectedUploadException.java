package org.reportintake.intake.submission;

/** An upload refused before it became a submission, with a reason the agency can act on. */
public class RejectedUploadException extends RuntimeException {

    private final String code;
    private final String messageZh;
    private final String messageEn;

    public RejectedUploadException(String code, String messageZh, String messageEn) {
        super(code + ": " + messageEn);
        this.code = code;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
    }

    public String code() {
        return code;
    }

    public String messageZh() {
        return messageZh;
    }

    public String messageEn() {
        return messageEn;
    }
}
