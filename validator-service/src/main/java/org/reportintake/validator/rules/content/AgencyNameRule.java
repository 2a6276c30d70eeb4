package org.reportintake.validator.rules.content;

import java.util.ArrayList;
import java.util.List;

import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.report.ReportMetadata;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.validator.rules.CheckedReport;
import org.reportintake.validator.rules.ReportRule;
import org.reportintake.validator.rules.RuleCategory;
import org.reportintake.validator.rules.RuleSpec;
import org.reportintake.validator.rules.support.Locations;

/**
 * C6: the agency is named the same in the title, the "请与…联系" sentence and the signature. One name may extend
 * another (the title "樟树市" and the contact "樟树市人民政府办公室"; "…管委会" and "…管委会办公室"), since the
 * 本级 report is compiled by the government's office; 管理委员会 and 管委会 are the same.
 */
public final class AgencyNameRule implements ReportRule {

    private static final RuleSpec SPEC = RuleSpec.builder("C6", RuleCategory.CONTENT)
            .versions(TemplateVersion.V30, TemplateVersion.V60, TemplateVersion.LEGACY, TemplateVersion.UNKNOWN)
            .title("标题、联系方式和落款中的机关名称一致",
                    "The agency is named consistently in the title, the contact sentence and the signature")
            .hint("统一标题、“请与…联系”和落款中的机关全称，检查错别字。",
                    "Use the same full agency name in the title, the contact sentence and the signature; check "
                            + "for typos.")
            .message("inconsistent", Severity.WARN, "机关名称不一致：{firstPlace}为“{first}”，{secondPlace}为“{second}”。",
                    "The agency name differs: “{first}” in the {firstPlaceEn}, “{second}” in the {secondPlaceEn}.")
            .build();

    private record Name(String placeZh, String placeEn, String written) {
    }

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(CheckedReport report) {
        ReportMetadata metadata = report.metadata();
        if (metadata == null) {
            return List.of();
        }
        List<Name> names = new ArrayList<>();
        add(names, "标题", "title", metadata.agencyNameInTitle());
        add(names, "联系方式", "contact sentence", metadata.agencyNameInContact());
        add(names, "落款", "signature", metadata.agencyNameInSignature());
        // Each name is compared with the ones before it; a name that agrees with any earlier one is fine, so one
        // misspelt title against a matching contact and signature gives one finding, not two.
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i < names.size(); i++) {
            Name name = names.get(i);
            List<Name> earlier = names.subList(0, i);
            if (earlier.stream().noneMatch(e -> compatible(normalize(e.written()), normalize(name.written())))) {
                Name first = earlier.get(0);
                findings.add(SPEC.finding("inconsistent")
                        .with("firstPlace", first.placeZh()).with("firstPlaceEn", first.placeEn())
                        .with("first", first.written().strip())
                        .with("secondPlace", name.placeZh()).with("secondPlaceEn", name.placeEn())
                        .with("second", name.written().strip())
                        .at(Locations.report()).build());
            }
        }
        return findings;
    }

    private static void add(List<Name> names, String zh, String en, String written) {
        if (written != null && !normalize(written).isEmpty()) {
            names.add(new Name(zh, en, written));
        }
    }

    static String normalize(String name) {
        return name.replaceAll("[\\s\\u00a0\\u3000]", "").replace("管理委员会", "管委会");
    }

    private static boolean compatible(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
    }
}
