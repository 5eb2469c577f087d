package nl.sroi.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import nl.sroi.core.text.Language;

class GridTest {

    @Test
    void aTextBeyondExcelsLimit_isCut_withANoteInTheWorkbooksLanguage() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            String longText = "x".repeat(Grid.MAX_TEXT + 10);
            Grid nl = new Grid(wb.createSheet("nl"), Language.NL);
            String cutNl = nl.text(0, 0, longText, null).getStringCellValue();
            assertEquals(Grid.MAX_TEXT, cutNl.length());
            assertTrue(cutNl.endsWith("x … (ingekort)"), cutNl.substring(cutNl.length() - 20));
            Grid en = new Grid(wb.createSheet("en"), Language.EN);
            assertTrue(en.text(0, 0, longText, null).getStringCellValue().endsWith("x … (shortened)"));
            assertEquals("kort", nl.text(1, 0, "kort", null).getStringCellValue());
        }
    }
}
