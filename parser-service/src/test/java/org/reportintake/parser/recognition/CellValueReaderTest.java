package org.reportintake.parser.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportintake.model.report.Cell;
import org.reportintake.model.report.CellKind;
import org.reportintake.parser.recognition.CellValueReader.Rule;

class CellValueReaderTest {

    private static Cell read(String raw, Rule rule) {
        return CellValueReader.read("三", "row", "column", raw, rule, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u3000", "\n"})
    void keepsBlankCellsBlankInsteadOfZero(String raw) {
        Cell cell = read(raw, Rule.COUNT);
        assertEquals(CellKind.BLANK, cell.kind());
        assertNull(cell.value());
        assertEquals(raw, cell.raw());
    }

    @ParameterizedTest
    @ValueSource(strings = {"—", "-", "/", "无", "－", "／", " — "})
    void keepsPlaceholdersAsPlaceholders(String raw) {
        Cell cell = read(raw, Rule.COUNT);
        assertEquals(CellKind.PLACEHOLDER, cell.kind());
        assertNull(cell.value());
    }

    @Test
    void readsStraySpacesFullWidthDigitsAndThousandsSeparators() {
        assertEquals(new BigDecimal("0"), read("0 ", Rule.COUNT).value());
        assertEquals(new BigDecimal("12"), read("１２", Rule.COUNT).value());
        assertEquals(new BigDecimal("28329"), read("28,329", Rule.COUNT).value());
        assertEquals("0 ", read("0 ", Rule.COUNT).raw(), "the raw text is kept as extracted");
    }

    @Test
    void acceptsNegativeNumbersOnlyInSignedColumns() {
        assertEquals(CellKind.UNPARSEABLE, read("-2", Rule.COUNT).kind());
        Cell change = read("-2", Rule.SIGNED_COUNT);
        assertEquals(CellKind.INTEGER, change.kind());
        assertEquals(new BigDecimal("-2"), change.value());
    }

    @Test
    void acceptsDecimalsOnlyForMoney() {
        assertEquals(CellKind.UNPARSEABLE, read("3.5", Rule.COUNT).kind());
        Cell fee = read("5949.088667", Rule.MONEY);
        assertEquals(CellKind.DECIMAL, fee.kind());
        assertEquals(new BigDecimal("5949.088667"), fee.value());
    }

    @Test
    void normalisesAmountsWrittenInYuanToWanYuan() {
        assertEquals(0, new BigDecimal("25.1").compareTo(read("251000元", Rule.MONEY).value()));
        assertEquals(0, new BigDecimal("7380.28959").compareTo(read("73802895.90元", Rule.MONEY).value()));
        Cell billions = CellValueReader.read("二", "r", "c", "2.43", Rule.MONEY, CellValueReader.unitFactor("采购总金额（亿元）"));
        assertEquals(0, new BigDecimal("24300").compareTo(billions.value()));
    }

    @Test
    void marksTextThatIsNoNumberAsUnparseable() {
        assertEquals(CellKind.UNPARSEABLE, read("五件", Rule.COUNT).kind());
    }
}
