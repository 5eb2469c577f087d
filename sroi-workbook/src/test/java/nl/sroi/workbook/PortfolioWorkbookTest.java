package nl.sroi.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import nl.sroi.core.analysis.Portfolio;
import nl.sroi.core.analysis.PortfolioEntry;
import nl.sroi.core.analysis.PortfolioResult;
import nl.sroi.core.analysis.PortfolioSelection;
import nl.sroi.core.json.ModelJson;
import nl.sroi.core.text.Language;

/** The portfolio workbook: its live sums, recalculated by POI, give the portfolio's figures. */
class PortfolioWorkbookTest {

    static PortfolioResult portfolio(PortfolioSelection selection) throws IOException {
        List<PortfolioEntry> entries = new ArrayList<>();
        for (String name : List.of("jongeren-en-schulden", "participatie-naar-vermogen", "respijtzorg")) {
            entries.add(PortfolioEntry.of(name, 1, null,
                    ModelJson.read(Files.readAllBytes(Path.of("../models", name + ".json"))).value()));
        }
        return Portfolio.DEFAULT.calculate(entries, selection).value();
    }

    /** The row whose first cell holds the text, and the numeric value of a column in it, recalculated. */
    static double value(Sheet sheet, String first, int col) {
        for (var row : sheet) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(first)) {
                return row.getCell(col).getNumericCellValue();
            }
        }
        throw new AssertionError("no row " + first + " in " + sheet.getSheetName());
    }

    @Test
    void liveSums_giveThePortfoliosFigures() throws IOException {
        for (PortfolioSelection selection : List.of(PortfolioSelection.ALL,
                new PortfolioSelection("adopted", null, "enschede"))) {
            PortfolioResult p = portfolio(selection);
            byte[] xlsx = PortfolioWorkbook.write(p, Language.NL);
            Files.createDirectories(Path.of("target/portfolio-workbook"));
            Files.write(Path.of("target/portfolio-workbook", "portefeuille"
                    + (selection.municipality() == null ? "" : "-" + selection.municipality()) + ".xlsx"), xlsx);
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                // clear every cached value: what follows is the spreadsheet's own arithmetic
                XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
                assertEquals(List.of("Portefeuille", "Analyses", "Themalijnen", "Partijen", "Matrix"),
                        List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3),
                                wb.getSheetName(4)));
                Sheet analyses = wb.getSheet("Analyses");
                assertEquals(p.totals().presentValue().doubleValue(), value(analyses, "Totaal", 7), 0.005);
                assertEquals(p.totals().inputsValue().doubleValue(), value(analyses, "Totaal", 8), 0.005);
                assertEquals(p.totals().ratio().getAsDouble(), value(analyses, "Totaal", 11), 1e-7);
                Sheet lines = wb.getSheet("Themalijnen");
                assertEquals(p.themeLines().get(0).figures().presentValue().doubleValue(),
                        value(lines, "Bestaanszekerheid", 2), 0.005);
                assertEquals(p.themeLines().get(0).analyses(), (int) value(lines, "Bestaanszekerheid", 1));
                Sheet parties = wb.getSheet("Partijen");
                for (PortfolioResult.Party party : p.parties()) {
                    assertEquals(party.invested().doubleValue(), value(parties, party.id(), 2), 0.005, party.id());
                    assertEquals(party.received().doubleValue(), value(parties, party.id(), 3), 0.005, party.id());
                }
                assertEquals(p.totals().presentValue().doubleValue(), value(parties, "Totaal", 3), 0.005);
                var mediant = p.parties().stream().filter(x -> x.id().equals("ggz-aanbieders")).findFirst()
                        .orElseThrow();
                assertTrue(mediant.wrongPocket());
                for (var row : parties) {
                    Cell c = row.getCell(0);
                    if (c != null && "ggz-aanbieders".equals(c.getStringCellValue())) {
                        assertEquals("ja", row.getCell(8).getStringCellValue());
                    }
                }
            }
        }
    }
}
