package org.reportintake.validator.rules.seeds;

import java.time.LocalDate;

import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.CaseGroup;
import org.reportintake.model.report.ClaimKind;
import org.reportintake.model.report.DisclosureColumn;
import org.reportintake.model.report.DisclosureRow;
import org.reportintake.model.report.FormatNotice;
import org.reportintake.model.report.SectionKind;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.validator.rules.fixtures.Cells;
import org.reportintake.validator.rules.fixtures.ReportBuilder;
import org.reportintake.validator.rules.fixtures.ReportFixtures;

/**
 * The five seed reports (the product owner's seed corpus), written by hand from the seed text as the parser should read
 * them: headings as written, the key sentences verbatim, every table cell as in the seed. Rows of table 三 list the
 * columns 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计; null is a blank cell.
 */
public final class SeedReports {

    private SeedReports() {
    }

    /** 000: 高安市行政服务中心管委会 2023 (V30). 2 new applications, yet （七）总计 and 结转 are 0. */
    public static ReportBuilder seed000() {
        String agency = "高安市行政服务中心管委会";
        ReportBuilder report = ReportFixtures.empty()
                .title("高安市行政务服务中心管委会2023年政府信息公开工作年度报告", "高安市行政务服务中心管委会")
                .agency("高安市行政务服务中心管委会", agency, agency)
                .year(2023)
                .period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))
                .notice(FormatNotice.GUOBAN_2021_30)
                .version(TemplateVersion.V30)
                .signatureDate(LocalDate.of(2024, 1, 11))
                .section(SectionKind.GENERAL, "一、总体情况",
                        "（2） 依申请公开 … 经统计核查，2023年我委收到依申请公开信息2条。"
                                + "（三）政府信息管理 … 4.规范性文件清理。我委2023年规范性文件清理为27件。")
                .section(SectionKind.ACTIVE_DISCLOSURE, "二、主动公开政府信息情况", "")
                .section(SectionKind.APPLICATIONS, "三、收到和处理政府信息公开申请情况", "")
                .section(SectionKind.REVIEW_AND_LITIGATION, "4、 政府信息公开行政复议、行政诉讼情况", "")
                .section(SectionKind.PROBLEMS_AND_IMPROVEMENTS, "五、存在的主要问题及改进情况",
                        "主要问题：近年来，我委积极落实上级政务公开工作有关规定和要求，推动政务公开不断向前发展，但仍存在一些问题，"
                                + "一是主动公开的内容不够全面、方式还不够多样，与广大群众的美好需求还有一定差距；"
                                + "改进措施：2024年，我委将针对政务公开的短板弱项拿出务实举措，加大改进力度。")
                .section(SectionKind.OTHER_MATTERS, "六、其他需要报告的事项",
                        "我委2023年未收取任何信息处理费，也没有其他需要报告的事项。")
                .claim(ClaimKind.APPLICATIONS_RECEIVED, 2, SectionKind.GENERAL, "经统计核查，2023年我委收到依申请公开信息2条。");
        v30Disclosures(report, "0", "0", "0", "18", "27", "54", "0", "0", "0", "0");
        zeroApplications(report, TemplateVersion.V30);
        report.applications(ApplicationRow.NEW_RECEIVED, 2, 0, 0, 0, 0, 0, 2);
        zeroCases(report);
        return report;
    }

    /** 001: 高安市 2020 (V60, the city's own report compiled by 市人民政府办公室). */
    public static ReportBuilder seed001() {
        ReportBuilder report = ReportFixtures.empty()
                .title("高安市2020年政府信息公开工作年度报告", "高安市")
                .agency("高安市", "高安市人民政府办公室", null)
                .year(2020)
                .period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))
                .notice(FormatNotice.GUOBAN_2019_60)
                .version(TemplateVersion.V60)
                .section(SectionKind.GENERAL, "总体情况",
                        "（二）依申请公开情况。… 今年以来市本级办理信息公开申请48件，行政复议1件，均依法依规答复。")
                .section(SectionKind.ACTIVE_DISCLOSURE, "主动公开政府信息情况", "")
                .section(SectionKind.APPLICATIONS, "收到和处理政府信息公开申请情况", "")
                .section(SectionKind.REVIEW_AND_LITIGATION, "四、政府信息公开行政复议、行政诉讼情况", "")
                .section(SectionKind.PROBLEMS_AND_IMPROVEMENTS, "五、存在的主要问题及改进情况",
                        "（一）存在问题 我市政务公开虽取得了一定成效，但同时也存在短板和不足。主要有：一是专职人员严重匮乏。"
                                + "（二）改进措施 1、持续强化推进“五公开”。")
                .section(SectionKind.OTHER_MATTERS, "六、其他需要报告的事项", "无。")
                .claim(ClaimKind.APPLICATIONS_HANDLED, 48, SectionKind.GENERAL,
                        "今年以来市本级办理信息公开申请48件，行政复议1件，均依法依规答复。")
                .claim(ClaimKind.ADMINISTRATIVE_REVIEWS, 1, SectionKind.GENERAL,
                        "今年以来市本级办理信息公开申请48件，行政复议1件，均依法依规答复。");
        report.disclosureCell(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.NEWLY_MADE, "规范性文件",
                        Cells.number("二", "规范性文件", "本年新制作数量", "73"))
                .disclosureCell(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.NEWLY_PUBLISHED, "规范性文件",
                        Cells.number("二", "规范性文件", "本年新公开数量", "53"))
                .disclosureCell(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.TOTAL_PUBLISHED, "规范性文件",
                        Cells.number("二", "规范性文件", "对外公开总数量", "295"))
                .disclosure(DisclosureRow.REGULATIONS, DisclosureColumn.NEWLY_MADE, "0")
                .disclosure(DisclosureRow.REGULATIONS, DisclosureColumn.NEWLY_PUBLISHED, "0")
                .disclosure(DisclosureRow.REGULATIONS, DisclosureColumn.TOTAL_PUBLISHED, "0");
        v60Items(report, DisclosureRow.LICENSING, "812", "1", "29507");
        v60Items(report, DisclosureRow.OTHER_MANAGEMENT_SERVICES, "119", "3", "24630");
        v60Items(report, DisclosureRow.PENALTY, "570", "1", "3999");
        v60Items(report, DisclosureRow.COERCION, "74", "-2", "537");
        report.disclosure(DisclosureRow.FEES, DisclosureColumn.PREVIOUS_YEAR_ITEMS, "14")
                .disclosure(DisclosureRow.FEES, DisclosureColumn.CHANGE, "-2")
                .disclosure(DisclosureRow.PROCUREMENT, DisclosureColumn.PROCUREMENT_ITEMS, "112")
                // header 采购总金额（亿元）: 2.43 亿元 is normalised to 万元
                .disclosureCell(DisclosureRow.PROCUREMENT, DisclosureColumn.PROCUREMENT_AMOUNT, "政府集中采购",
                        Cells.normalised("二", "政府集中采购", "采购总金额", "2.43", "24300"));
        zeroApplications(report, TemplateVersion.V60);
        report.applications(ApplicationRow.NEW_RECEIVED, 48, 0, 0, 0, 0, 0, 48)
                .applications(ApplicationRow.DISCLOSED, 48, 0, 0, null, 0, null, 48)
                .applications(ApplicationRow.TOTAL, 48, 0, 0, 0, 0, 0, 48);
        report.cases(CaseGroup.ADMINISTRATIVE_REVIEW, 1, 0, 10, 1, 12)
                .cases(CaseGroup.LITIGATION_WITHOUT_REVIEW, 0, 0, 0, 0, 0)
                .cases(CaseGroup.LITIGATION_AFTER_REVIEW, 0, 0, 0, 0, 0);
        return report;
    }

    /** 002: 樟树市 2023 (V30, the city's own report). 收到21件 = 20 new + 1 carried over. */
    public static ReportBuilder seed002() {
        ReportBuilder report = ReportFixtures.empty()
                .title("樟树市2023年政府信息公开工作年度报告", "樟树市")
                .agency("樟树市", "樟树市人民政府办公室", null)
                .year(2023)
                .period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))
                .notice(FormatNotice.GUOBAN_2021_30)
                .version(TemplateVersion.V30)
                .section(SectionKind.GENERAL, "一、总体情况",
                        "(二)依申请公开 收到政府信息公开申请21件，其中市政府办2件、政府部门14、乡镇街道5件，"
                                + "申请事项涉及到6个政府部门、1个乡镇街道。所有申请事项均在期限内办结（平均10.7天），"
                                + "没有引起行政复议或诉讼等情况。")
                .section(SectionKind.ACTIVE_DISCLOSURE, "二、行政机关主动公开政府信息情况", "")
                .section(SectionKind.APPLICATIONS, "三、行政机关收到和处理政府信息公开申请情况", "")
                .section(SectionKind.REVIEW_AND_LITIGATION, "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况", "")
                .section(SectionKind.PROBLEMS_AND_IMPROVEMENTS, "五、政府信息公开工作存在的主要问题及改进情况",
                        "2022年比较突出的思想重视还不够、“线上”稿件发布不及时、稿件质量不高、在公开内容以群众需求结合还不够紧密等问题，"
                                + "经过市政府办公室、市政府各部门、各乡镇（街道）的共同努力，在2023年已经有了大幅改善和提升。"
                                + "同时，我们也充分认识到自身在政府信息公开工作中依然还存在一些问题和不足，"
                                + "下一步，我们将进一步规范政务公开行为，采取多形式、多渠道拓展覆盖面。")
                .section(SectionKind.OTHER_MATTERS, "六、其他需要报告的事项",
                        "2023年按照《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》（国办函〔2020〕109号）"
                                + "规定的按件、按量收费标准，本年度没有产生信息公开处理费。")
                .claim(ClaimKind.APPLICATIONS_RECEIVED, 21, SectionKind.GENERAL,
                        "收到政府信息公开申请21件，其中市政府办2件、政府部门14、乡镇街道5件");
        v30Disclosures(report, "0", "0", "0", "5", "65", "60", "28329", "5772", "74", "6753");
        zeroApplications(report, TemplateVersion.V30);
        report.applications(ApplicationRow.NEW_RECEIVED, 20, 0, 0, 0, 0, 0, 20)
                .applications(ApplicationRow.CARRIED_FROM_PREVIOUS_YEAR, 1, 0, 0, 0, 0, 0, 1)
                .applications(ApplicationRow.DISCLOSED, 16, 0, 0, 0, 0, 0, 16)
                .applications(ApplicationRow.UNAVAILABLE_NOT_HELD, 5, 0, 0, 0, 0, 0, 5)
                .applications(ApplicationRow.TOTAL, 21, 0, 0, 0, 0, 0, 21);
        zeroCases(report);
        return report;
    }

    /** 003: 宜春经济技术开发区 2023 (V30), signed by the 管理委员会 on 2024-01-25. No applications. */
    public static ReportBuilder seed003() {
        ReportBuilder report = ReportFixtures.empty()
                .title("宜春经济技术开发区2023年度政府信息公开工作年度报告", "宜春经济技术开发区")
                .agency("宜春经济技术开发区", "宜春经济技术开发区管委会办公室", "宜春经济技术开发区管理委员会")
                .year(2023)
                .period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))
                .notice(FormatNotice.NONE)
                .version(TemplateVersion.V30)
                .signatureDate(LocalDate.of(2024, 1, 25))
                .section(SectionKind.GENERAL, "一、总体情况",
                        "（一）主动公开情况 2023年，我区在经开区门户网站和官方微信公众号共公开发布各类信息2375条，"
                                + "制定出台行政规范性文件7件，发布政策解读7件；（二）依申请公开情况 2023年，我区未收到依申请公开办理件。"
                                + "（三）政府信息管理情况 … 对22件行政规范性文件进行了清理，其中保留9件、修改2件、废止11件。")
                .section(SectionKind.ACTIVE_DISCLOSURE, "主动公开政府信息情况", "")
                .section(SectionKind.APPLICATIONS, "三、收到和处理政府信息公开申请情况", "")
                .section(SectionKind.REVIEW_AND_LITIGATION, "四、政府信息公开行政复议、行政诉讼情况", "")
                .section(SectionKind.PROBLEMS_AND_IMPROVEMENTS, "存在的主要问题及改进情况",
                        "2023年，我区在推进政务公开工作中虽然做了大量工作，取得了一定成效，但离上级和群众的要求还有差距，"
                                + "主要表现为制度还不够健全、政策解读形式不够丰富等。下一步，我区将从以下几个方面进行改进："
                                + "一是进一步强化组织领导，健全工作制度。")
                .section(SectionKind.OTHER_MATTERS, "六、其他需要报告的事项", "2023年，本机关无收取信息处理费情况。")
                .claim(ClaimKind.NORMATIVE_DOCUMENTS_ISSUED, 7, SectionKind.GENERAL,
                        "制定出台行政规范性文件7件，发布政策解读7件")
                .claim(ClaimKind.APPLICATIONS_RECEIVED, 0, SectionKind.GENERAL, "2023年，我区未收到依申请公开办理件。")
                .claim(ClaimKind.NORMATIVE_DOCUMENTS_REPEALED, 11, SectionKind.GENERAL,
                        "对22件行政规范性文件进行了清理，其中保留9件、修改2件、废止11件。");
        v30Disclosures(report, "0", "0", "0", "7", "11", "18", "49255", "45", "3", "378.42");
        zeroApplications(report, TemplateVersion.V30);
        zeroCases(report);
        return report;
    }

    /** 004: 大通区人民政府办公室 2023 (V30, the office's own report). Text says 现行有效 26, table 27. */
    public static ReportBuilder seed004() {
        String agency = "大通区人民政府办公室";
        String applications = "2023年，区政府办共收到政府信息公开申请2件，上年度结转申请1件，共办理3件。";
        String cases = "本年度收到涉及依申请公开的行政复议1件，行政诉讼0件。";
        ReportBuilder report = ReportFixtures.empty()
                .title("大通区人民政府办公室2023年政府信息公开工作年度报告", agency)
                .agency(agency, agency, null)
                .year(2023)
                .period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))
                .notice(FormatNotice.GUOBAN_2021_30)
                .version(TemplateVersion.V30)
                .section(SectionKind.GENERAL, "一、总体情况",
                        "（一）主动公开 一是做好基础信息公开。做好政府公文备案和集中规范公开，今年共发布2条规范性文件，"
                                + "（二）依申请公开情况 " + applications + cases
                                + "（三）政府信息管理 2023年区政府办主动公开政府信息1994条，其中：规范性文件2条，"
                                + "清理规范性文件6条，现行有效规范性文件26条；")
                .section(SectionKind.ACTIVE_DISCLOSURE, "二、主动公开政府信息情况", "")
                .section(SectionKind.APPLICATIONS, "三、收到和处理政府信息公开申请情况", "")
                .section(SectionKind.REVIEW_AND_LITIGATION, "四、政府信息公开行政复议、行政诉讼情况", "")
                .section(SectionKind.PROBLEMS_AND_IMPROVEMENTS, "五、存在的主要问题及改进情况",
                        "2023年，我办政务公开工作虽然取得了一些成绩，但在具体工作推进中还存在一些不足。"
                                + "为此，我办采取了以下两点改进措施：一是认真对照指标考核体系，全面做好政府信息的上传发布工作；")
                .section(SectionKind.OTHER_MATTERS, "六、其他需要报告的事项",
                        "1.按照《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》（国办函〔2020〕109号）"
                                + "规定的按件、按量收费标准，本年度没有产生信息公开处理费。")
                .claim(ClaimKind.NORMATIVE_DOCUMENTS_ISSUED, 2, SectionKind.GENERAL, "今年共发布2条规范性文件")
                .claim(ClaimKind.APPLICATIONS_RECEIVED, 2, SectionKind.GENERAL, applications)
                .claim(ClaimKind.APPLICATIONS_CARRIED_FROM_PREVIOUS_YEAR, 1, SectionKind.GENERAL, applications)
                .claim(ClaimKind.APPLICATIONS_HANDLED, 3, SectionKind.GENERAL, applications)
                .claim(ClaimKind.ADMINISTRATIVE_REVIEWS, 1, SectionKind.GENERAL, cases)
                .claim(ClaimKind.LAWSUITS, 0, SectionKind.GENERAL, cases)
                .claim(ClaimKind.NORMATIVE_DOCUMENTS_IN_FORCE, 26, SectionKind.GENERAL,
                        "其中：规范性文件2条，清理规范性文件6条，现行有效规范性文件26条");
        v30Disclosures(report, "0", "0", "0", "2", "6", "27", "0", "0", "0", "0");
        zeroApplications(report, TemplateVersion.V30);
        report.applications(ApplicationRow.NEW_RECEIVED, 2, 0, 0, 0, 0, 0, 2)
                .applications(ApplicationRow.CARRIED_FROM_PREVIOUS_YEAR, 1, 0, 0, 0, 0, 0, 1)
                .applications(ApplicationRow.WITHHELD_INTERNAL_AFFAIRS, 1, 0, 0, 0, 0, 0, 1)
                .applications(ApplicationRow.UNAVAILABLE_NOT_HELD, 2, 0, 0, 0, 0, 0, 2)
                .applications(ApplicationRow.TOTAL, 3, 0, 0, 0, 0, 0, 3);
        report.cases(CaseGroup.ADMINISTRATIVE_REVIEW, 0, 1, 0, 0, 1)
                .cases(CaseGroup.LITIGATION_WITHOUT_REVIEW, 0, 0, 0, 0, 0)
                .cases(CaseGroup.LITIGATION_AFTER_REVIEW, 0, 0, 0, 0, 0);
        return report;
    }

    /** Table 二 in the 30号 format, in reading order: 规章 ×3, 行政规范性文件 ×3, 许可, 处罚, 强制, 收费. */
    private static void v30Disclosures(ReportBuilder report, String... values) {
        report.disclosure(DisclosureRow.REGULATIONS, DisclosureColumn.ISSUED, values[0])
                .disclosure(DisclosureRow.REGULATIONS, DisclosureColumn.REPEALED, values[1])
                .disclosure(DisclosureRow.REGULATIONS, DisclosureColumn.IN_FORCE, values[2])
                .disclosure(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.ISSUED, values[3])
                .disclosure(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.REPEALED, values[4])
                .disclosure(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureColumn.IN_FORCE, values[5])
                .disclosure(DisclosureRow.LICENSING, DisclosureColumn.DECISIONS, values[6])
                .disclosure(DisclosureRow.PENALTY, DisclosureColumn.DECISIONS, values[7])
                .disclosure(DisclosureRow.COERCION, DisclosureColumn.DECISIONS, values[8])
                .disclosure(DisclosureRow.FEES, DisclosureColumn.FEE_AMOUNT, values[9]);
    }

    private static void v60Items(ReportBuilder report, DisclosureRow row, String previous, String change,
                                 String decisions) {
        report.disclosure(row, DisclosureColumn.PREVIOUS_YEAR_ITEMS, previous)
                .disclosure(row, DisclosureColumn.CHANGE, change)
                .disclosure(row, DisclosureColumn.DECISIONS_V60, decisions);
    }

    private static void zeroApplications(ReportBuilder report, TemplateVersion version) {
        for (ApplicationRow row : ApplicationRow.rowsOf(version)) {
            report.applications(row, 0, 0, 0, 0, 0, 0, 0);
        }
    }

    private static void zeroCases(ReportBuilder report) {
        for (CaseGroup group : CaseGroup.values()) {
            report.cases(group, 0, 0, 0, 0, 0);
        }
    }
}
