package nl.sroi.workbook;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.sroi.core.analysis.ScenarioSet;
import nl.sroi.core.json.ScenarioJson;
import nl.sroi.core.text.Language;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.workbook.Cases.Case;

/**
 * No amount shows {@code ###} and no text is cut: every cell's text as the spreadsheet shows it (its stored value
 * through its number format, in Dutch and in English conventions) is rendered in the workbook's font, Calibri 11,
 * measured with Carlito (the metric-compatible font LibreOffice uses for it, Debian's fonts-crosextra-carlito), and
 * must fit its column (or merged cells) at 100 % zoom: 7 pixels per width unit, less 5 pixels of margins and grid.
 * Wrapped text must fit its longest word; titles and notes run over into empty cells and are left out.
 */
class ColumnWidthTest {

    private static final String FONTS = "/usr/share/fonts/truetype/crosextra/";
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static Font regular;
    private static Font bold;

    @BeforeAll
    static void fonts() throws Exception {
        File r = new File(FONTS + "Carlito-Regular.ttf");
        File b = new File(FONTS + "Carlito-Bold.ttf");
        assertTrue(r.isFile() && b.isFile(), "install Debian's fonts-crosextra-carlito (.ci/run does)");
        regular = Font.createFont(Font.TRUETYPE_FONT, r);
        bold = Font.createFont(Font.TRUETYPE_FONT, b);
    }

    record Export(String name, byte[] xlsx, Language language) {
        @Override
        public String toString() {
            return name + " (" + language.code() + ")";
        }
    }

    static Stream<Export> exports() throws Exception {
        List<Export> all = new ArrayList<>();
        for (Case c : Cases.all().toList()) {
            String focus = c.valid().model().stakeholders().get(c.valid().model().stakeholders().size() > 1 ? 1 : 0).id();
            all.add(new Export(c.name(), SroiWorkbook.write(List.of(c.model()), focus, Language.NL), Language.NL));
        }
        Case js = Cases.all().filter(c -> c.name().equals("jongeren-en-schulden.json")).findFirst().orElseThrow();
        all.add(new Export(js.name(), SroiWorkbook.write(List.of(js.model()), null, Language.EN), Language.EN));
        ScenarioSet set = ScenarioJson.read(java.nio.file.Files.readAllBytes(Cases.models()
                .resolve("scenarios/jongeren-en-schulden-lokaal.json")), ModelValidator.DEFAULT).value();
        List<ScenarioSet.Scenario> models = new ArrayList<>();
        models.add(new ScenarioSet.Scenario(null, set.base().model().title(), set.base()));
        models.addAll(set.scenarios());
        all.add(new Export("lokaal, all scenarios", SroiWorkbook.write(models, "gemeenten", Language.NL), Language.NL));
        all.add(new Export("lokaal, all scenarios", SroiWorkbook.write(models, null, Language.EN), Language.EN));
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("exports")
    void everyCell_fitsItsColumn(Export e) throws Exception {
        List<String> overflowing = new ArrayList<>();
        int checked = 0;
        try (XSSFWorkbook wb = Cases.open(e.xlsx())) {
            for (Locale locale : List.of(Language.NL.locale(), Language.EN.locale())) {
                DataFormatter formatter = new DataFormatter(locale);
                for (Sheet sheet : wb) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            XSSFFont font = wb.getFontAt(cell.getCellStyle().getFontIndex());
                            if (font.getItalic() || font.getFontHeightInPoints() > 11 || hidden(sheet, cell)) {
                                continue;
                            }
                            String shown = Sheets.shown(formatter, cell);
                            if (shown.isEmpty()) {
                                continue;
                            }
                            checked++;
                            boolean wrapped = cell.getCellStyle().getWrapText();
                            double needed = 0;
                            for (String part : wrapped ? shown.split("[ \\n]") : new String[] {shown}) {
                                needed = Math.max(needed, width(part, font));
                            }
                            double available = Sheets.columnPixels(sheet, cell) - 5;
                            // a wrapped word longer than 24 units (the longest the workbook widens for) breaks
                            if (needed > available && !(wrapped && needed > 24 * 7 - 5)) {
                                overflowing.add(sheet.getSheetName() + "!" + cell.getAddress() + " \"" + shown + "\" "
                                        + Math.round(needed) + " px in " + Math.round(available) + " px");
                            }
                        }
                    }
                }
            }
        }
        assertTrue(checked > 100, "checked " + checked);
        assertTrue(overflowing.isEmpty(), e + ": " + overflowing);
    }

    /** A cell inside a merged region other than its first is not shown. */
    private static boolean hidden(Sheet sheet, Cell cell) {
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.isInRange(cell)) {
                return region.getFirstRow() != cell.getRowIndex() || region.getFirstColumn() != cell.getColumnIndex();
            }
        }
        return false;
    }

    /** Pixels at 96 dpi of the text in Carlito at the cell's size, regular or bold. */
    private static double width(String text, XSSFFont font) {
        Font f = (font.getBold() ? bold : regular).deriveFont((float) (font.getFontHeightInPoints() * 96.0 / 72));
        return f.getStringBounds(text, CONTEXT).getWidth();
    }
}
