package nl.sroi.workbook;

import static nl.sroi.workbook.WorkbookTexts.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.sroi.core.Documents;
import nl.sroi.core.TestResources;
import nl.sroi.core.analysis.ScenarioSet;
import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.jackson.Jackson;
import nl.sroi.core.json.ModelJson;
import nl.sroi.core.text.Language;
import nl.sroi.core.rules.ValidModel;

/**
 * Excel's limits hold for models at the format's limits: no formula longer than 8,192 characters (an outcome's
 * value once was a sum over its cohorts, 29,280 characters for 100), no cell longer than 32,767 characters (longer
 * text is cut with a note), and the workbook still reproduces the library.
 */
class ExcelLimitsTest {

    @Test
    void aModelAtTheLimits_staysWithinExcelsLimits() throws Exception {
        ObjectNode doc = (ObjectNode) Documents.parse(new String(TestResources.bytes("reference/worked-check.model.json"),
                java.nio.charset.StandardCharsets.UTF_8));
        ArrayNode stakeholders = (ArrayNode) doc.get("stakeholders");
        for (int s = 0; s < 98; s++) {
            stakeholders.add(Jackson.object().put("id", "partij-" + s).put("name", "Partij " + s));
        }
        ObjectNode outcome = (ObjectNode) doc.get("outcomes").get(0);
        ArrayNode quantity = outcome.putArray("quantity");
        ArrayNode amounts = ((ObjectNode) doc.get("inputs").get(0)).putArray("amounts");
        for (int c = 0; c < 100; c++) {
            quantity.add(c % 7 + 1);
            amounts.add(1000 + c);
        }
        outcome.put("duration", 50);
        ArrayNode valueTo = outcome.putArray("valueTo");
        valueTo.addObject().put("stakeholder", "deelnemers").put("share", 0.5);
        valueTo.addObject().put("stakeholder", "partij-97").put("share", 0.5);
        // the longest text validation lets through (ModelLimits.MAX_TEXT_LENGTH, a cell's limit): one more is refused
        doc.put("description", "x".repeat(32_767));
        ValidModel valid = ModelJson.read(Jackson.writer().writeValueAsBytes(doc)).value();

        long start = System.nanoTime();
        byte[] xlsx = SroiWorkbook.write(List.of(new ScenarioSet.Scenario(null, valid.model().title(), valid)),
                "partij-97", Language.NL);
        long millis = (System.nanoTime() - start) / 1_000_000;
        int longest = 0;
        int formulas = 0;
        try (XSSFWorkbook wb = Cases.open(xlsx)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            formulas++;
                            longest = Math.max(longest, cell.getCellFormula().length());
                        }
                        if (cell.getCellType() == CellType.STRING) {
                            assertTrue(cell.getStringCellValue().length() <= 32_767, sheet.getSheetName());
                        }
                    }
                }
            }
            String description = wb.getSheet(text(Language.NL, "sheet.settings")).getRow(Layout.Settings.DESCRIPTION)
                    .getCell(Layout.Settings.VALUE).getStringCellValue();
            assertEquals("x".repeat(32_767), description);
            SroiResult r = SroiCalculator.DEFAULT.calculate(valid);
            assertEquals(r.totals().presentValue(), BigDecimal.valueOf(
                    Cases.stored(Cases.named(wb, "PresentValue"))).setScale(2, RoundingMode.HALF_EVEN));
            assertEquals(149, r.periods().size()); // 100 cohorts lasting 50 years
        }
        assertTrue(longest <= 8_192, "longest formula " + longest);
        System.out.println("a model with 100 cohorts, 149 periods and 100 stakeholders: " + formulas + " formulas, "
                + "the longest " + longest + " characters, written in " + millis + " ms");
    }

    /** Over 1,000 party-periods the export is refused with a problem, before any work: the CSV has no limit. */
    @Test
    void aModelBeyondTheWorkbooksSize_isRefused_withTheFigures() throws Exception {
        ObjectNode doc = (ObjectNode) Documents.parse(new String(TestResources.bytes("reference/worked-check.model.json"),
                java.nio.charset.StandardCharsets.UTF_8));
        ArrayNode stakeholders = (ArrayNode) doc.get("stakeholders");
        ArrayNode inputs = doc.putArray("inputs");
        for (int s = 0; s < 10; s++) { // with deelnemers, who receive: 11 parties over 100 periods
            stakeholders.add(Jackson.object().put("id", "partij-" + s).put("name", "Partij " + s));
            ObjectNode input = inputs.addObject().put("id", "in" + s).put("stakeholder", "partij-" + s)
                    .put("description", "x");
            ArrayNode amounts = input.putArray("amounts");
            for (int t = 0; t < 100; t++) {
                amounts.add(100);
            }
        }
        var export = SroiWorkbook.export(Jackson.writer().writeValueAsBytes(doc), null, null, null,
                nl.sroi.core.rules.ModelValidator.DEFAULT);
        assertTrue(!export.isValid());
        assertEquals(nl.sroi.core.validation.ProblemCode.LIMIT_EXCEEDED, export.errors().get(0).code());
        assertEquals("/stakeholders", export.errors().get(0).pointer());
        assertEquals("a workbook holds each party's business case per period: 11 stakeholders that invest or receive "
                + "value × 100 periods = 1100, at most 1000; the flows CSV has no such limit",
                export.errors().get(0).message());
    }
}
