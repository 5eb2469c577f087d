package nl.sroi.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;

import nl.sroi.core.analysis.BridgeFactor;
import nl.sroi.core.analysis.BridgeResult;
import nl.sroi.core.analysis.ChangeBridge;
import nl.sroi.core.json.ModelJson;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.core.validation.Validated;

/**
 * The sheet "Verschil" of an evaluation exported with its forecast ({@code compareWith}): the bridge's rounded
 * figures as values that add up, and all 128 hybrids' totals, from which one step, and each factor's effect, can be
 * retraced.
 */
class EvaluationSheetTest {

    static final Path FORECAST = Path.of("../models/jongeren-en-schulden.json"); // the module's directory
    static final Path EVALUATION = Path.of("../models/evaluations/jongeren-en-schulden-evaluatie.json");

    static byte[] compared(Path document, Path forecast) throws Exception {
        return ("{\"document\": " + Files.readString(document) + ", \"compareWith\": " + Files.readString(forecast)
                + "}").getBytes(StandardCharsets.UTF_8);
    }

    static ValidModel read(Path file) throws Exception {
        return ModelJson.read(Files.readAllBytes(file), ModelValidator.DEFAULT).value();
    }

    @Test
    void anEvaluationWithItsForecast_getsTheSheetWithTheBridgesFiguresAsValues() throws Exception {
        BridgeResult b = ChangeBridge.DEFAULT.bridge(read(FORECAST), read(EVALUATION));
        Validated<SroiWorkbook.Export> export = SroiWorkbook.export(compared(EVALUATION, FORECAST), null, null, "nl",
                ModelValidator.DEFAULT);
        assertTrue(export.isValid(), export.errors().toString());
        assertEquals("jongeren-en-schulden-evaluatie", export.value().id());
        try (Workbook wb = Cases.open(export.value().workbook())) {
            Sheet s = wb.getSheet("Verschil");
            assertNotNull(s, "the sheet");
            assertEquals("Verschil met de prognose: Prognose (Jongeren en schulden) → Evaluatie (Jongeren en "
                    + "schulden (evaluatie))", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Prognose (Jongeren en schulden)", s.getRow(4).getCell(0).getStringCellValue());
            assertFigures(b.from().rounded(), s.getRow(4));
            for (int f = 0; f < ChangeBridge.FACTORS; f++) {
                assertEquals(b.factors().get(f).factor().label().in(nl.sroi.core.text.Language.NL),
                        s.getRow(5 + f).getCell(0).getStringCellValue());
                assertFigures(b.factors().get(f).rounded(), s.getRow(5 + f));
            }
            assertFigures(b.to().rounded(), s.getRow(12));
            for (int k = 1; k <= 5; k++) {
                assertEquals(0.0, s.getRow(13).getCell(k).getNumericCellValue(), "the check row adds up");
            }
            retrace(b, s);
        }
    }

    private static void assertFigures(BridgeResult.Rounded r, Row row) {
        for (int k = 0; k < 4; k++) {
            assertEquals(r.get(k).doubleValue(), row.getCell(1 + k).getNumericCellValue(), 0.0);
        }
        assertEquals(r.ratio().doubleValue(), row.getCell(5).getNumericCellValue(), 0.0);
    }

    /**
     * The hybrids' rows as a finance officer reads them: the ticks say which factors come from the evaluation; the
     * Shapley formula over the rows' ratios and present values gives each factor's exact effect.
     */
    private static void retrace(BridgeResult b, Sheet s) {
        int head = -1;
        for (Row row : s) {
            if (row.getCell(0) != null && row.getCell(0).toString().equals("Nr.")) {
                head = row.getRowNum();
            }
        }
        assertTrue(head > 0, "the hybrids' header");
        int n = ChangeBridge.FACTORS;
        double[] pv = new double[1 << n];
        double[] ratio = new double[1 << n];
        for (int h = 0; h < 128; h++) {
            Row row = s.getRow(head + 1 + h);
            int mask = 0;
            for (int f = 0; f < n; f++) {
                mask |= row.getCell(1 + f).getStringCellValue().equals("×") ? 1 << f : 0;
            }
            pv[mask] = row.getCell(1 + n).getNumericCellValue();
            ratio[mask] = row.getCell(1 + n + 4).getNumericCellValue();
        }
        assertEquals(b.from().exact().presentValue(), pv[0], 1e-9);
        assertEquals(b.to().exact().presentValue(), pv[(1 << n) - 1], 1e-9);
        int quantities = BridgeFactor.QUANTITIES.ordinal();
        // one step: the quantities alone, from the forecast
        assertEquals(b.hybrids().stream().filter(x -> x.factors().equals(java.util.Set.of(BridgeFactor.QUANTITIES)))
                .findFirst().orElseThrow().figures().presentValue() - b.from().exact().presentValue(),
                pv[1 << quantities] - pv[0], 1e-9);
        for (int i = 0; i < n; i++) {
            double pvEffect = 0;
            double ratioEffect = 0;
            for (int set = 0; set < 1 << n; set++) {
                if ((set & 1 << i) == 0) {
                    double w = weight(Integer.bitCount(set), n);
                    pvEffect += w * (pv[set | 1 << i] - pv[set]);
                    ratioEffect += w * (ratio[set | 1 << i] - ratio[set]);
                }
            }
            BridgeResult.FactorEffect e = b.factors().get(i);
            assertEquals(e.exact().presentValue(), pvEffect, 1e-6, e.factor().name());
            assertEquals(e.exact().ratio().getAsDouble(), ratioEffect, 1e-12, e.factor().name());
        }
        assertTrue(List.of(b.factors().get(quantities).exact().presentValue()).get(0) < 0, "fewer reached");
    }

    /** |S|! (n − |S| − 1)! / n! */
    private static double weight(int s, int n) {
        return factorial(s) * factorial(n - s - 1) / factorial(n);
    }

    private static double factorial(int k) {
        return k <= 1 ? 1 : k * factorial(k - 1);
    }

    @Test
    void theSheetIsInEnglishToo_andOnlyForAnEvaluation() throws Exception {
        Validated<SroiWorkbook.Export> en = SroiWorkbook.export(compared(EVALUATION, FORECAST), null, null, "en",
                ModelValidator.DEFAULT);
        try (Workbook wb = Cases.open(en.value().workbook())) {
            assertTrue(wb.getSheet("Difference").getRow(0).getCell(0).getStringCellValue()
                    .startsWith("Difference from the forecast: Forecast (Jongeren en schulden) → Evaluation"));
        }
        Validated<SroiWorkbook.Export> forecast = SroiWorkbook.export(compared(FORECAST, FORECAST), null, null, "nl",
                ModelValidator.DEFAULT);
        assertEquals("/compareWith", forecast.errors().get(0).pointer());
        Validated<SroiWorkbook.Export> twoEvaluations = SroiWorkbook.export(compared(EVALUATION, EVALUATION), null,
                null, "en", ModelValidator.DEFAULT);
        assertEquals("/compareWith/kind", twoEvaluations.errors().get(0).pointer());
        byte[] broken = ("{\"document\": " + Files.readString(EVALUATION) + ", \"compareWith\": {\"format\": "
                + "\"sroi-model/1\"}}").getBytes(StandardCharsets.UTF_8);
        Validated<SroiWorkbook.Export> refused = SroiWorkbook.export(broken, null, null, "nl", ModelValidator.DEFAULT);
        assertTrue(!refused.isValid() && refused.errors().stream()
                .allMatch(p -> p.pointer().startsWith("/compareWith")), refused.errors().toString());
        try (Workbook wb = Cases.open(SroiWorkbook.export(Files.readAllBytes(EVALUATION), null, null, "nl",
                ModelValidator.DEFAULT).value().workbook())) {
            assertEquals(null, wb.getSheet("Verschil"), "without its forecast an evaluation has no such sheet");
        }
        assertTrue(SroiWorkbook.read(compared(EVALUATION, FORECAST), null, ModelValidator.DEFAULT).value().steps()
                > SroiWorkbook.read(Files.readAllBytes(EVALUATION), null, ModelValidator.DEFAULT).value().steps(),
                "the bridge is priced");
    }
}
