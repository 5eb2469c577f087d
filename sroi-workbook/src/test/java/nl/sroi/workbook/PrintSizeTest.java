package nl.sroi.workbook;

import static nl.sroi.workbook.WorkbookTexts.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.sroi.core.text.Language;
import nl.sroi.workbook.Cases.Case;

/**
 * Every sheet prints at a readable size: A4 at a fixed scale of at least {@link Printing#SMALLEST_SCALE} %, never
 * "fit to page" (which shrinks a wide sheet to any size), so that the smallest font of the workbook prints at 8 pt
 * or more; wide sheets repeat their header rows and id columns on every page. (LibreOffice's own print of the
 * bundled models, measured in its PDF, is in the README.)
 */
class PrintSizeTest {

    private static final double READABLE_POINTS = 8;

    static Stream<Case> cases() {
        return Cases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everySheet_printsAtLeast8pt(Case c) {
        check(SroiWorkbook.write(List.of(c.model()), null, Language.NL));
    }

    @Test
    void scenariosSideBySide_printAtLeast8pt() {
        check(SroiWorkbook.write(Cases.scenarioCases().stream().map(Case::model).toList(), "gemeenten", Language.NL));
    }

    @Test
    void theValueMap_repeatsItsHeaderAndIdColumnOnEveryPage() {
        Case js = Cases.all().filter(c -> c.name().equals("jongeren-en-schulden.json")).findFirst().orElseThrow();
        try (XSSFWorkbook wb = Cases.open(SroiWorkbook.write(List.of(js.model()), null, Language.NL))) {
            XSSFSheet map = wb.getSheet(text(Language.NL, "sheet.value.map"));
            assertEquals("1:1", map.getRepeatingRows().formatAsString().replace("$", ""));
            assertEquals("A:A", map.getRepeatingColumns().formatAsString().replace("$", ""));
            assertEquals(Printing.SMALLEST_SCALE, map.getPrintSetup().getScale(), "too wide for one page: smallest scale");
            assertTrue(map.getPrintSetup().getLandscape());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void scale_isTheLargestThatFits_notBelowTheSmallest() {
        assertEquals(100, Printing.scaleFor(500, 400));
        assertEquals(80, Printing.scaleFor(400, 500));
        assertEquals(Printing.SMALLEST_SCALE, Printing.scaleFor(100, 1000));
    }

    private static void check(byte[] xlsx) {
        try (XSSFWorkbook wb = Cases.open(xlsx)) {
            short smallest = Short.MAX_VALUE;
            for (int f = 0; f < wb.getNumberOfFonts(); f++) {
                smallest = (short) Math.min(smallest, wb.getFontAt(f).getFontHeightInPoints());
            }
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet s = wb.getSheetAt(i);
                PrintSetup p = s.getPrintSetup();
                String name = s.getSheetName();
                assertFalse(s.getFitToPage(), name + ": fit to page shrinks without limit");
                assertEquals(PrintSetup.A4_PAPERSIZE, p.getPaperSize(), name);
                assertTrue(p.getScale() >= Printing.SMALLEST_SCALE && p.getScale() <= 100, name + ": " + p.getScale());
                double printed = smallest * p.getScale() / 100.0;
                assertTrue(printed >= READABLE_POINTS, name + " prints its smallest text at " + printed + " pt");
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
