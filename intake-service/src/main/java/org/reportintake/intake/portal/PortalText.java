package org.reportintake.intake.portal;

/** Chinese wording of severities and status notes for the portal (status labels: {@code SubmissionStatus.labelZh}). */
final class PortalText {

    private PortalText() {
    }

    /** A sentence under the status for the outcomes that are not the agency's to act on; null for the others. */
    static String statusNote(String status) {
        return switch (status) {
            case "NEEDS_REVIEW" -> "报告已收到。因系统未能可靠读取其中部分内容，正由上级政务公开主管部门人工复核，本机关暂无需处理。";
            case "LEGACY" -> "报告已收到并存档。2018年及以前的年报格式与现行格式不同，不按现行格式校验，本机关无需处理。";
            default -> null;
        };
    }

    static String severity(String severity) {
        return switch (severity) {
            case "REJECT" -> "必须修改";
            case "REVIEW" -> "待复核";
            case "WARN" -> "建议修改";
            case "INFO" -> "提示";
            default -> severity;
        };
    }
}
