package nl.sroi.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.sroi.core.TestResources;
import nl.sroi.core.internal.Kernel;
import nl.sroi.core.json.ModelJson;
import nl.sroi.core.model.Discounting;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.validation.ModelValidator;
import nl.sroi.core.validation.ValidModel;

/**
 * Every reference case and every bundled model: the workbook's formulas, evaluated by POI from scratch,
 * reproduce the library; and after changing an assumption cell they reproduce the library's result for the
 * changed model.
 */
class SroiWorkbookTest {

    static Stream<String> models() throws Exception {
        List<String> all = new ArrayList<>();
        for (String name : TestResources.REFERENCE_CASES) {
            all.add("reference/" + name);
        }
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("sroi.models")))) {
            files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(f -> all.add(f.toString()));
        }
        return all.stream();
    }

    static SroiModel load(String name) throws Exception {
        byte[] bytes = name.startsWith("reference/") ? TestResources.bytes(name + ".model.json")
                : Files.readAllBytes(Path.of(name));
        return ModelJson.read(bytes).value().model();
    }

    /** Exact figures from the kernel: present value, inputs value, payback (NaN: none). */
    static double[] library(SroiModel model) {
        ValidModel valid = ModelValidator.DEFAULT.check(model).value();
        Kernel k = Kernel.of(valid);
        double pv = k.evaluate();
        return new double[] {pv, k.inputsValue(), k.paybackMonths().orElse(Double.NaN)};
    }

    @ParameterizedTest
    @MethodSource("models")
    void formulas_reproduceTheLibrary_andFollowAChangedAssumption(String name) throws Exception {
        SroiModel model = load(name);
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(
                SroiWorkbook.write(ModelValidator.DEFAULT.check(model).value())))) {
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            evaluator.clearAllCachedResultValues();
            assertMatches(name, library(model), wb, evaluator);

            // one assumption changed in its cell: the first outcome's deadweight, and the discount rate
            Outcome first = model.outcomes().get(0);
            BigDecimal deadweight = first.deadweight().add(new BigDecimal("0.05")).min(BigDecimal.ONE);
            BigDecimal rate = model.discounting().rate().add(new BigDecimal("0.01"));
            wb.getSheet("Value map").getRow(1).getCell(SroiWorkbook.VM_DEADWEIGHT).setCellValue(deadweight.doubleValue());
            cell(wb, "Rate").setCellValue(rate.doubleValue());
            evaluator.clearAllCachedResultValues();
            List<Outcome> outcomes = new ArrayList<>(model.outcomes());
            outcomes.set(0, first.toBuilder().deadweight(deadweight).ranges(null).build());
            Discounting d = model.discounting();
            SroiModel changed = model.toBuilder().outcomes(outcomes).ranges(null)
                    .discounting(new Discounting(rate, d.firstPeriod(), d.inputs())).build();
            assertMatches(name + " (changed)", library(changed), wb, evaluator);
        }
    }

    private static void assertMatches(String name, double[] expected, Workbook wb, FormulaEvaluator evaluator) {
        double pv = number(wb, evaluator, "PresentValue");
        double iv = number(wb, evaluator, "InputsValue");
        assertEquals(expected[0], pv, 0.01, name + " present value");
        assertEquals(expected[1], iv, 0.01, name + " inputs value");
        assertEquals(expected[0] - expected[1], number(wb, evaluator, "NetPresentValue"), 0.01, name + " npv");
        CellValue ratio = evaluator.evaluate(cell(wb, "Ratio"));
        if (expected[1] == 0) {
            assertEquals(org.apache.poi.ss.usermodel.CellType.ERROR, ratio.getCellType(), name + " no ratio");
        } else {
            assertEquals(expected[0] / expected[1], ratio.getNumberValue(), 1e-9, name + " ratio");
        }
        CellValue payback = evaluator.evaluate(cell(wb, "PaybackMonths"));
        if (Double.isNaN(expected[2])) {
            assertEquals("none", payback.getStringValue(), name + " payback");
        } else {
            assertEquals(expected[2], payback.getNumberValue(), 1e-9, name + " payback");
        }
    }

    private static double number(Workbook wb, FormulaEvaluator evaluator, String name) {
        CellValue value = evaluator.evaluate(cell(wb, name));
        assertTrue(value != null, name);
        return value.getNumberValue();
    }

    static Cell cell(Workbook wb, String name) {
        AreaReference area = new AreaReference(wb.getName(name).getRefersToFormula(), wb.getSpreadsheetVersion());
        var ref = area.getFirstCell();
        return wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
    }
}
