package org.reportintake.validator.rules.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.reportintake.model.event.Finding;
import org.reportintake.model.event.FindingLocation;
import org.reportintake.model.report.AnnualReport;
import org.reportintake.model.report.CellOrigin;

/**
 * Says in a finding when the cell it points at was not simply read: recovered from a flattened run, computed from
 * the other cells, or uncertain. The agency and the office must know that the number is ours, not theirs.
 */
public final class CellProvenance {

    private CellProvenance() {
    }

    public static List<Finding> annotate(AnnualReport report, List<Finding> findings) {
        Map<String, CellOrigin> origins = new HashMap<>();
        for (LocatedCell located : LocatedCell.all(report)) {
            if (located.cell() != null && located.cell().origin() != CellOrigin.READ) {
                origins.put(key(located.location()), located.cell().origin());
            }
        }
        if (origins.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            CellOrigin origin = finding.location() == null ? null : origins.get(key(finding.location()));
            out.add(origin == null ? finding : noted(finding, origin));
        }
        return out;
    }

    private static Finding noted(Finding f, CellOrigin origin) {
        String[] note = switch (origin) {
            case RECOVERED -> new String[] {"（该数值由单元格边界丢失的连排数字按勾稽关系还原）",
                    " (value recovered from a run of digits whose cell boundaries were lost)"};
            case COMPUTED -> new String[] {"（该单元格原为空，数值由系统计算）", " (the cell was blank; the value was computed)"};
            case UNCERTAIN -> new String[] {"（该数值未能可靠读取）", " (value not read with confidence)"};
            case READ -> new String[] {"", ""};
        };
        return new Finding(f.ruleId(), f.severity(), f.messageZh() + note[0], f.messageEn() + note[1], f.location(),
                f.reported(), f.computed(), f.difference(), f.hintZh(), f.hintEn());
    }

    private static String key(FindingLocation location) {
        return location.table() + "|" + location.rowLabel() + "|" + location.columnLabel();
    }
}
