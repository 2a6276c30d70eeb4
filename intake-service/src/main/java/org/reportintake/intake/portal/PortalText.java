package org.reportintake.intake.portal;

/** Chinese wording of statuses and severities for the portal. */
final class PortalText {

    private PortalText() {
    }

    static String status(String status) {
        return switch (status) {
            case "RECEIVED" -> "已接收，正在检查";
            case "ACCEPTED" -> "检查通过";
            case "REJECTED" -> "退回修改";
            default -> status;
        };
    }

    static String severity(String severity) {
        return switch (severity) {
            case "REJECT" -> "必须修改";
            case "WARN" -> "建议修改";
            case "INFO" -> "提示";
            default -> severity;
        };
    }
}
