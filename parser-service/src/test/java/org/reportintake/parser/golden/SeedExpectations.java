package org.reportintake.parser.golden;

import java.time.LocalDate;
import java.util.List;

import org.reportintake.model.report.ClaimKind;
import org.reportintake.model.report.FormatNotice;
import org.reportintake.model.report.TemplateVersion;

/**
 * Expectations for the five seed reports, written by hand from the seed texts (corpus/seeds/*.txt), not
 * produced by running the parser. Table 三 is the 7-column grid in the order 自然人, 商业企业, 科研机构,
 * 社会公益组织, 法律服务机构, 其他, 总计.
 */
final class SeedExpectations {

    private SeedExpectations() {
    }

    static List<SeedExpectation> all() {
        return List.of(seed000(), seed001(), seed002(), seed003(), seed004());
    }

    /** 高安市行政服务中心管委会 2023 (V30; the title misspells 行政务服务; heading "4、"; "（2）" sub-heading). */
    static SeedExpectation seed000() {
        return new SeedExpectation("000_c82a2c402dd56cf8", new SeedExpectation.Metadata(
                "高安市行政务服务中心管委会2023年政府信息公开工作年度报告", "高安市行政务服务中心管委会",
                "高安市行政服务中心管委会", "高安市行政服务中心管委会", 2023,
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), FormatNotice.GUOBAN_2021_30, TemplateVersion.V30,
                LocalDate.of(2024, 1, 11), "0795-5282969", "高安市民中心A座402室", null))
                .disclosures("""
                        REGULATIONS 规章: ISSUED=0 REPEALED=0 IN_FORCE=0
                        NORMATIVE_DOCUMENTS 行政规范性文件: ISSUED=18 REPEALED=27 IN_FORCE=54
                        LICENSING 行政许可: DECISIONS=0
                        PENALTY 行政处罚: DECISIONS=0
                        COERCION 行政强制: DECISIONS=0
                        FEES 行政事业性收费: FEE_AMOUNT=0d
                        """)
                .applications("""
                        NEW_RECEIVED:                 2 0 0 0 0 0 2
                        CARRIED_FROM_PREVIOUS_YEAR:   0 0 0 0 0 0 0
                        DISCLOSED:                    0 0 0 0 0 0 0
                        PARTLY_DISCLOSED:             0 0 0 0 0 0 0
                        WITHHELD_STATE_SECRET:        0 0 0 0 0 0 0
                        WITHHELD_PROHIBITED_BY_LAW:   0 0 0 0 0 0 0
                        WITHHELD_THREE_SECURITIES:    0 0 0 0 0 0 0
                        WITHHELD_THIRD_PARTY:         0 0 0 0 0 0 0
                        WITHHELD_INTERNAL_AFFAIRS:    0 0 0 0 0 0 0
                        WITHHELD_PROCESS_INFORMATION: 0 0 0 0 0 0 0
                        WITHHELD_ENFORCEMENT_FILE:    0 0 0 0 0 0 0
                        WITHHELD_QUERY_MATTER:        0 0 0 0 0 0 0
                        UNAVAILABLE_NOT_HELD:         0 0 0 0 0 0 0
                        UNAVAILABLE_NEEDS_CREATION:   0 0 0 0 0 0 0
                        UNAVAILABLE_STILL_UNCLEAR:    0 0 0 0 0 0 0
                        NOT_HANDLED_PETITION:         0 0 0 0 0 0 0
                        NOT_HANDLED_REPEATED:         0 0 0 0 0 0 0
                        NOT_HANDLED_PUBLICATION:      0 0 0 0 0 0 0
                        NOT_HANDLED_MASS_REPEATED:    0 0 0 0 0 0 0
                        NOT_HANDLED_CONFIRMATION:     0 0 0 0 0 0 0
                        OTHER_NO_CORRECTION:          0 0 0 0 0 0 0
                        OTHER_FEE_UNPAID:             0 0 0 0 0 0 0
                        OTHER_OTHER:                  0 0 0 0 0 0 0
                        TOTAL:                        0 0 0 0 0 0 0
                        CARRIED_TO_NEXT_YEAR:         0 0 0 0 0 0 0
                        """)
                .cases("0 0 0 0 0  0 0 0 0 0  0 0 0 0 0")
                .claim(ClaimKind.APPLICATIONS_RECEIVED, 2);
    }

    /** 高安市 2020 (V60: 23 rows, 合计 for 总计, 结果维护, 信访投诉举报类, negative 本年增/减, 采购总金额（亿元）). */
    static SeedExpectation seed001() {
        return new SeedExpectation("001_10344cc63f2c5b68", new SeedExpectation.Metadata(
                "高安市2020年政府信息公开工作年度报告", "高安市", "高安市人民政府办公室", null, 2020,
                LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), FormatNotice.GUOBAN_2019_60, TemplateVersion.V60,
                null, "0795-5212315", null, null))
                .disclosures("""
                        REGULATIONS 规章: NEWLY_MADE=0 NEWLY_PUBLISHED=0 TOTAL_PUBLISHED=0
                        NORMATIVE_DOCUMENTS 规范性文件: NEWLY_MADE=73 NEWLY_PUBLISHED=53 TOTAL_PUBLISHED=295
                        LICENSING 行政许可: PREVIOUS_YEAR_ITEMS=812 CHANGE=1 DECISIONS_V60=29507
                        OTHER_MANAGEMENT_SERVICES 其他对外管理服务事项: PREVIOUS_YEAR_ITEMS=119 CHANGE=3 DECISIONS_V60=24630
                        PENALTY 行政处罚: PREVIOUS_YEAR_ITEMS=570 CHANGE=1 DECISIONS_V60=3999
                        COERCION 行政强制: PREVIOUS_YEAR_ITEMS=74 CHANGE=-2 DECISIONS_V60=537
                        FEES 行政事业性收费: PREVIOUS_YEAR_ITEMS=14 CHANGE=-2
                        PROCUREMENT 政府集中采购: PROCUREMENT_ITEMS=112 PROCUREMENT_AMOUNT=24300d
                        """)
                .applications("""
                        NEW_RECEIVED:                 48 0 0 0 0 0 48
                        CARRIED_FROM_PREVIOUS_YEAR:   0 0 0 0 0 0 0
                        DISCLOSED:                    48 0 0 _ 0 _ 48
                        PARTLY_DISCLOSED:             0 0 0 0 0 0 0
                        WITHHELD_STATE_SECRET:        0 0 0 0 0 0 0
                        WITHHELD_PROHIBITED_BY_LAW:   0 0 0 0 0 0 0
                        WITHHELD_THREE_SECURITIES:    0 0 0 0 0 0 0
                        WITHHELD_THIRD_PARTY:         0 0 0 0 0 0 0
                        WITHHELD_INTERNAL_AFFAIRS:    0 0 0 0 0 0 0
                        WITHHELD_PROCESS_INFORMATION: 0 0 0 0 0 0 0
                        WITHHELD_ENFORCEMENT_FILE:    0 0 0 0 0 0 0
                        WITHHELD_QUERY_MATTER:        0 0 0 0 0 0 0
                        UNAVAILABLE_NOT_HELD:         0 0 0 0 0 0 0
                        UNAVAILABLE_NEEDS_CREATION:   0 0 0 0 0 0 0
                        UNAVAILABLE_STILL_UNCLEAR:    0 0 0 0 0 0 0
                        NOT_HANDLED_PETITION:         0 0 0 0 0 0 0
                        NOT_HANDLED_REPEATED:         0 0 0 0 0 0 0
                        NOT_HANDLED_PUBLICATION:      0 0 0 0 0 0 0
                        NOT_HANDLED_MASS_REPEATED:    0 0 0 0 0 0 0
                        NOT_HANDLED_CONFIRMATION:     0 0 0 0 0 0 0
                        OTHER_HANDLING_V60:           0 0 0 0 0 0 0
                        TOTAL:                        48 0 0 0 0 0 48
                        CARRIED_TO_NEXT_YEAR:         0 0 0 0 0 0 0
                        """)
                .cases("1 0 10 1 12  0 0 0 0 0  0 0 0 0 0")
                .claim(ClaimKind.ADMINISTRATIVE_REVIEWS, 1)
                .claim(ClaimKind.APPLICATIONS_HANDLED, 48);
    }

    /** 樟树市 2023 (V30; 行政机关… heading variants, contact block on separate lines). */
    static SeedExpectation seed002() {
        return new SeedExpectation("002_caa70d9250cb3ad4", new SeedExpectation.Metadata(
                "樟树市2023年政府信息公开工作年度报告", "樟树市", "樟树市人民政府办公室", null, 2023,
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), FormatNotice.GUOBAN_2021_30, TemplateVersion.V30,
                null, "0795-7333129", "江西省樟树市药都南大道25号政府办公大楼323室", "jxzsxx@yichun.gov.cn"))
                .disclosures("""
                        REGULATIONS 规章: ISSUED=0 REPEALED=0 IN_FORCE=0
                        NORMATIVE_DOCUMENTS 行政规范性文件: ISSUED=5 REPEALED=65 IN_FORCE=60
                        LICENSING 行政许可: DECISIONS=28329
                        PENALTY 行政处罚: DECISIONS=5772
                        COERCION 行政强制: DECISIONS=74
                        FEES 行政事业性收费: FEE_AMOUNT=6753d
                        """)
                .applications("""
                        NEW_RECEIVED:                 20 0 0 0 0 0 20
                        CARRIED_FROM_PREVIOUS_YEAR:   1 0 0 0 0 0 1
                        DISCLOSED:                    16 0 0 0 0 0 16
                        PARTLY_DISCLOSED:             0 0 0 0 0 0 0
                        WITHHELD_STATE_SECRET:        0 0 0 0 0 0 0
                        WITHHELD_PROHIBITED_BY_LAW:   0 0 0 0 0 0 0
                        WITHHELD_THREE_SECURITIES:    0 0 0 0 0 0 0
                        WITHHELD_THIRD_PARTY:         0 0 0 0 0 0 0
                        WITHHELD_INTERNAL_AFFAIRS:    0 0 0 0 0 0 0
                        WITHHELD_PROCESS_INFORMATION: 0 0 0 0 0 0 0
                        WITHHELD_ENFORCEMENT_FILE:    0 0 0 0 0 0 0
                        WITHHELD_QUERY_MATTER:        0 0 0 0 0 0 0
                        UNAVAILABLE_NOT_HELD:         5 0 0 0 0 0 5
                        UNAVAILABLE_NEEDS_CREATION:   0 0 0 0 0 0 0
                        UNAVAILABLE_STILL_UNCLEAR:    0 0 0 0 0 0 0
                        NOT_HANDLED_PETITION:         0 0 0 0 0 0 0
                        NOT_HANDLED_REPEATED:         0 0 0 0 0 0 0
                        NOT_HANDLED_PUBLICATION:      0 0 0 0 0 0 0
                        NOT_HANDLED_MASS_REPEATED:    0 0 0 0 0 0 0
                        NOT_HANDLED_CONFIRMATION:     0 0 0 0 0 0 0
                        OTHER_NO_CORRECTION:          0 0 0 0 0 0 0
                        OTHER_FEE_UNPAID:             0 0 0 0 0 0 0
                        OTHER_OTHER:                  0 0 0 0 0 0 0
                        TOTAL:                        21 0 0 0 0 0 21
                        CARRIED_TO_NEXT_YEAR:         0 0 0 0 0 0 0
                        """)
                .cases("0 0 0 0 0  0 0 0 0 0  0 0 0 0 0")
                .claim(ClaimKind.APPLICATIONS_RECEIVED, 21);
    }

    /** 宜春经济技术开发区 2023 (V30; headings without numbers, cells "0 " and " 0", signature date twice). */
    static SeedExpectation seed003() {
        return new SeedExpectation("003_d26b553f0e382d29", new SeedExpectation.Metadata(
                "宜春经济技术开发区2023年度政府信息公开工作年度报告", "宜春经济技术开发区",
                "宜春经济技术开发区管委会办公室", "宜春经济技术开发区管理委员会", 2023,
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), FormatNotice.NONE, TemplateVersion.V30,
                LocalDate.of(2024, 1, 25), "0795-3668066", "宜春经济技术开发区春风路1号客商服务大楼921室", null))
                .disclosures("""
                        REGULATIONS 规章: ISSUED=0 REPEALED=0 IN_FORCE=0
                        NORMATIVE_DOCUMENTS 行政规范性文件: ISSUED=7 REPEALED=11 IN_FORCE=18
                        LICENSING 行政许可: DECISIONS=49255
                        PENALTY 行政处罚: DECISIONS=45
                        COERCION 行政强制: DECISIONS=3
                        FEES 行政事业性收费: FEE_AMOUNT=378.42d
                        """)
                .applications("""
                        NEW_RECEIVED:                 0 0 0 0 0 0 0
                        CARRIED_FROM_PREVIOUS_YEAR:   0 0 0 0 0 0 0
                        DISCLOSED:                    0 0 0 0 0 0 0
                        PARTLY_DISCLOSED:             0 0 0 0 0 0 0
                        WITHHELD_STATE_SECRET:        0 0 0 0 0 0 0
                        WITHHELD_PROHIBITED_BY_LAW:   0 0 0 0 0 0 0
                        WITHHELD_THREE_SECURITIES:    0 0 0 0 0 0 0
                        WITHHELD_THIRD_PARTY:         0 0 0 0 0 0 0
                        WITHHELD_INTERNAL_AFFAIRS:    0 0 0 0 0 0 0
                        WITHHELD_PROCESS_INFORMATION: 0 0 0 0 0 0 0
                        WITHHELD_ENFORCEMENT_FILE:    0 0 0 0 0 0 0
                        WITHHELD_QUERY_MATTER:        0 0 0 0 0 0 0
                        UNAVAILABLE_NOT_HELD:         0 0 0 0 0 0 0
                        UNAVAILABLE_NEEDS_CREATION:   0 0 0 0 0 0 0
                        UNAVAILABLE_STILL_UNCLEAR:    0 0 0 0 0 0 0
                        NOT_HANDLED_PETITION:         0 0 0 0 0 0 0
                        NOT_HANDLED_REPEATED:         0 0 0 0 0 0 0
                        NOT_HANDLED_PUBLICATION:      0 0 0 0 0 0 0
                        NOT_HANDLED_MASS_REPEATED:    0 0 0 0 0 0 0
                        NOT_HANDLED_CONFIRMATION:     0 0 0 0 0 0 0
                        OTHER_NO_CORRECTION:          0 0 0 0 0 0 0
                        OTHER_FEE_UNPAID:             0 0 0 0 0 0 0
                        OTHER_OTHER:                  0 0 0 0 0 0 0
                        TOTAL:                        0 0 0 0 0 0 0
                        CARRIED_TO_NEXT_YEAR:         0 0 0 0 0 0 0
                        """)
                .cases("0 0 0 0 0  0 0 0 0 0  0 0 0 0 0")
                .claim(ClaimKind.NORMATIVE_DOCUMENTS_ISSUED, 7);
    }

    /** 大通区人民政府办公室 2023 (V30; title over two lines; narrative states applications, reviews, 规范性文件). */
    static SeedExpectation seed004() {
        return new SeedExpectation("004_09d7efa84834ab25", new SeedExpectation.Metadata(
                "大通区人民政府办公室2023年政府信息公开工作年度报告", "大通区人民政府办公室", "大通区人民政府办公室", null,
                2023, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), FormatNotice.GUOBAN_2021_30,
                TemplateVersion.V30, null, "0554-2519375", "大通区民主东路5号", null))
                .disclosures("""
                        REGULATIONS 规章: ISSUED=0 REPEALED=0 IN_FORCE=0
                        NORMATIVE_DOCUMENTS 行政规范性文件: ISSUED=2 REPEALED=6 IN_FORCE=27
                        LICENSING 行政许可: DECISIONS=0
                        PENALTY 行政处罚: DECISIONS=0
                        COERCION 行政强制: DECISIONS=0
                        FEES 行政事业性收费: FEE_AMOUNT=0d
                        """)
                .applications("""
                        NEW_RECEIVED:                 2 0 0 0 0 0 2
                        CARRIED_FROM_PREVIOUS_YEAR:   1 0 0 0 0 0 1
                        DISCLOSED:                    0 0 0 0 0 0 0
                        PARTLY_DISCLOSED:             0 0 0 0 0 0 0
                        WITHHELD_STATE_SECRET:        0 0 0 0 0 0 0
                        WITHHELD_PROHIBITED_BY_LAW:   0 0 0 0 0 0 0
                        WITHHELD_THREE_SECURITIES:    0 0 0 0 0 0 0
                        WITHHELD_THIRD_PARTY:         0 0 0 0 0 0 0
                        WITHHELD_INTERNAL_AFFAIRS:    1 0 0 0 0 0 1
                        WITHHELD_PROCESS_INFORMATION: 0 0 0 0 0 0 0
                        WITHHELD_ENFORCEMENT_FILE:    0 0 0 0 0 0 0
                        WITHHELD_QUERY_MATTER:        0 0 0 0 0 0 0
                        UNAVAILABLE_NOT_HELD:         2 0 0 0 0 0 2
                        UNAVAILABLE_NEEDS_CREATION:   0 0 0 0 0 0 0
                        UNAVAILABLE_STILL_UNCLEAR:    0 0 0 0 0 0 0
                        NOT_HANDLED_PETITION:         0 0 0 0 0 0 0
                        NOT_HANDLED_REPEATED:         0 0 0 0 0 0 0
                        NOT_HANDLED_PUBLICATION:      0 0 0 0 0 0 0
                        NOT_HANDLED_MASS_REPEATED:    0 0 0 0 0 0 0
                        NOT_HANDLED_CONFIRMATION:     0 0 0 0 0 0 0
                        OTHER_NO_CORRECTION:          0 0 0 0 0 0 0
                        OTHER_FEE_UNPAID:             0 0 0 0 0 0 0
                        OTHER_OTHER:                  0 0 0 0 0 0 0
                        TOTAL:                        3 0 0 0 0 0 3
                        CARRIED_TO_NEXT_YEAR:         0 0 0 0 0 0 0
                        """)
                .cases("0 1 0 0 1  0 0 0 0 0  0 0 0 0 0")
                .claim(ClaimKind.APPLICATIONS_RECEIVED, 2)
                .claim(ClaimKind.APPLICATIONS_CARRIED_FROM_PREVIOUS_YEAR, 1)
                .claim(ClaimKind.APPLICATIONS_HANDLED, 3)
                .claim(ClaimKind.ADMINISTRATIVE_REVIEWS, 1)
                .claim(ClaimKind.LAWSUITS, 0)
                .claim(ClaimKind.NORMATIVE_DOCUMENTS_ISSUED, 2)
                .claim(ClaimKind.NORMATIVE_DOCUMENTS_REPEALED, 6)
                .claim(ClaimKind.NORMATIVE_DOCUMENTS_IN_FORCE, 26);
    }
}
