package org.reportintake.validator.rules.support;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reportintake.model.report.DisclosureColumn;
import org.reportintake.model.report.DisclosureRow;
import org.reportintake.model.report.TemplateVersion;

/** The rows of table 二 and their columns in each version (format-tables.json). */
public final class DisclosureLayout {

    private static final List<DisclosureColumn> V30_DOCUMENTS =
            List.of(DisclosureColumn.ISSUED, DisclosureColumn.REPEALED, DisclosureColumn.IN_FORCE);
    private static final List<DisclosureColumn> V60_DOCUMENTS = List.of(DisclosureColumn.NEWLY_MADE,
            DisclosureColumn.NEWLY_PUBLISHED, DisclosureColumn.TOTAL_PUBLISHED);
    private static final List<DisclosureColumn> V60_ITEMS = List.of(DisclosureColumn.PREVIOUS_YEAR_ITEMS,
            DisclosureColumn.CHANGE, DisclosureColumn.DECISIONS_V60);

    /** Money columns hold decimals; all other columns are counts. */
    public static final Set<DisclosureColumn> AMOUNT_COLUMNS =
            EnumSet.of(DisclosureColumn.FEE_AMOUNT, DisclosureColumn.PROCUREMENT_AMOUNT);

    /** V60 本年增/减 may be negative. */
    public static final Set<DisclosureColumn> SIGNED_COLUMNS = EnumSet.of(DisclosureColumn.CHANGE);

    private DisclosureLayout() {
    }

    /** Rows in table order, each with its columns; empty for versions without table 二. */
    public static Map<DisclosureRow, List<DisclosureColumn>> of(TemplateVersion version) {
        Map<DisclosureRow, List<DisclosureColumn>> layout = new LinkedHashMap<>();
        if (version == TemplateVersion.V30) {
            layout.put(DisclosureRow.REGULATIONS, V30_DOCUMENTS);
            layout.put(DisclosureRow.NORMATIVE_DOCUMENTS, V30_DOCUMENTS);
            layout.put(DisclosureRow.LICENSING, List.of(DisclosureColumn.DECISIONS));
            layout.put(DisclosureRow.PENALTY, List.of(DisclosureColumn.DECISIONS));
            layout.put(DisclosureRow.COERCION, List.of(DisclosureColumn.DECISIONS));
            layout.put(DisclosureRow.FEES, List.of(DisclosureColumn.FEE_AMOUNT));
        } else if (version == TemplateVersion.V60) {
            layout.put(DisclosureRow.REGULATIONS, V60_DOCUMENTS);
            layout.put(DisclosureRow.NORMATIVE_DOCUMENTS, V60_DOCUMENTS);
            layout.put(DisclosureRow.LICENSING, V60_ITEMS);
            layout.put(DisclosureRow.OTHER_MANAGEMENT_SERVICES, V60_ITEMS);
            layout.put(DisclosureRow.PENALTY, V60_ITEMS);
            layout.put(DisclosureRow.COERCION, V60_ITEMS);
            layout.put(DisclosureRow.FEES, List.of(DisclosureColumn.PREVIOUS_YEAR_ITEMS, DisclosureColumn.CHANGE));
            layout.put(DisclosureRow.PROCUREMENT,
                    List.of(DisclosureColumn.PROCUREMENT_ITEMS, DisclosureColumn.PROCUREMENT_AMOUNT));
        }
        return layout;
    }
}
