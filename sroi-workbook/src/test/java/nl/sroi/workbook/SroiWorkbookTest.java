package nl.sroi.workbook;

import static nl.sroi.workbook.WorkbookTexts.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.sroi.core.internal.Kernel;
import nl.sroi.core.calc.SroiCalculator;
import nl.sroi.core.calc.SroiResult;
import nl.sroi.core.model.Discounting;
import nl.sroi.core.model.Outcome;
import nl.sroi.core.model.SroiModel;
import nl.sroi.core.text.Language;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.rules.ValidModel;
import nl.sroi.workbook.Cases.Case;
import nl.sroi.workbook.Layout.Result;

/**
 * Every reference case, bundled model and scenario: the workbook's formulas, evaluated by POI from scratch,
 * reproduce the library (the kernel's exact figures, and the result's rounded ones); after changing an assumption
 * in its cell they reproduce the library's result for the changed model; and the file carries the evaluated values.
 */
class SroiWorkbookTest {

    static Stream<Case> cases() {
        return Cases.all();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void formulas_reproduceTheLibrary_andFollowAChangedAssumption(Case c) throws Exception {
        SroiModel model = c.valid().model();
        try (Workbook wb = Cases.open(SroiWorkbook.write(List.of(c.model()), null, Language.NL))) {
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            evaluator.clearAllCachedResultValues();
            assertMatches(c.name(), c.valid(), wb, evaluator);

            // one assumption changed in its cell: the first outcome's deadweight, and the discount rate
            Outcome first = model.outcomes().get(0);
            BigDecimal deadweight = first.deadweight().add(new BigDecimal("0.05")).min(BigDecimal.ONE);
            BigDecimal rate = model.discounting().rate().add(new BigDecimal("0.01"));
            wb.getSheet(text(Language.NL, "sheet.value.map")).getRow(Layout.ValueMap.FIRST)
                    .getCell(Layout.ValueMap.DEADWEIGHT).setCellValue(deadweight.doubleValue());
            Cases.named(wb, "Rate").setCellValue(rate.doubleValue());
            evaluator.clearAllCachedResultValues();
            List<Outcome> outcomes = new ArrayList<>(model.outcomes());
            outcomes.set(0, first.toBuilder().deadweight(deadweight).ranges(null).build());
            Discounting d = model.discounting();
            SroiModel changed = model.toBuilder().outcomes(outcomes).ranges(null)
                    .discounting(new Discounting(rate, d.firstPeriod(), d.inputs())).build();
            assertMatches(c.name() + " (changed)", ModelValidator.DEFAULT.check(changed).value(), wb, evaluator);
        }
    }

    /**
     * Section 11 of the format in the workbook's cells: the worked check's duration shortened to 2.5 years, its
     * drop-off applied from the first year and its proxy indexed by a factor of 1.072254 (2022 to 2024 prices),
     * changed in their cells, give what the library gives for the model changed in the same way.
     */
    @org.junit.jupiter.api.Test
    void aPartialYear_firstYearDropOff_andAnIndexFactor_recalculateInTheCells() throws Exception {
        SroiModel model = nl.sroi.core.TestResources.referenceModel("worked-check");
        ValidModel valid = ModelValidator.DEFAULT.check(model).value();
        try (Workbook wb = Cases.open(SroiWorkbook.write(
                List.of(new nl.sroi.core.analysis.ScenarioSet.Scenario(null, model.title(), valid)), null,
                Language.NL))) {
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            Row row = wb.getSheet(text(Language.NL, "sheet.value.map")).getRow(Layout.ValueMap.FIRST);
            row.getCell(Layout.ValueMap.DURATION).setCellValue(2.5);
            row.getCell(Layout.ValueMap.DROP_OFF_FROM_FIRST_YEAR).setCellValue(text(Language.NL, "yes"));
            row.getCell(Layout.ValueMap.INDEX_FACTOR).setCellValue(1.072254);
            evaluator.clearAllCachedResultValues();
            Outcome o = model.outcomes().get(0);
            SroiModel changed = model.toBuilder().priceYear(2024).priceIndex(nl.sroi.core.price.PriceIndex.cbsCpi())
                    .outcomes(o.toBuilder().duration(2.5).dropOffFrom(nl.sroi.core.model.DropOffFrom.FIRST_YEAR)
                            .proxy(new nl.sroi.core.model.FinancialProxy(o.proxy().value(), o.proxy().unit(),
                                    o.proxy().source(), 2022)).build()).build();
            assertMatches("worked check, section 11 in the cells", ModelValidator.DEFAULT.check(changed).value(), wb,
                    evaluator);
            // 10 × 1,072.254 × 0.54 = 5,790.17 a year before drop-off: × 0.9, × 0.81, half of × 0.729, discounted
            double year = 10 * 1072.254 * 0.54;
            double expected = year * 0.9 / 1.035 + year * 0.81 / Math.pow(1.035, 2) + year * 0.729 * 0.5
                    / Math.pow(1.035, 3);
            assertEquals(expected, evaluator.evaluate(Cases.cell(wb, text(Language.NL, "sheet.result"),
                    Result.PRESENT_VALUE, Result.EXACT)).getNumberValue(), 1e-6);
        }
    }

    /** The exact figures to 1e-9 of their size, the rounded ones to the cent, the ratio and payback to 1e-9. */
    private static void assertMatches(String name, ValidModel valid, Workbook wb, FormulaEvaluator evaluator) {
        Kernel k = Kernel.of(valid);
        double pv = k.evaluate();
        double iv = k.inputsValue();
        double payback = k.paybackMonths().orElse(Double.NaN);
        SroiResult result = SroiCalculator.DEFAULT.calculate(valid);
        String sheet = text(Language.NL, "sheet.result");
        double pvExact = evaluator.evaluate(Cases.cell(wb, sheet, Result.PRESENT_VALUE, Result.EXACT)).getNumberValue();
        double ivExact = evaluator.evaluate(Cases.cell(wb, sheet, Result.INPUTS_VALUE, Result.EXACT)).getNumberValue();
        assertEquals(pv, pvExact, 1e-9 * Math.max(1, Math.abs(pv)), name + " present value, exact");
        assertEquals(iv, ivExact, 1e-9 * Math.max(1, Math.abs(iv)), name + " inputs value, exact");
        int digits = result.currency().getDefaultFractionDigits();
        assertEquals(result.totals().presentValue(), money(evaluator, Cases.named(wb, "PresentValue"), digits),
                name + " present value");
        assertEquals(result.totals().inputsValue(), money(evaluator, Cases.named(wb, "InputsValue"), digits),
                name + " inputs value");
        assertEquals(result.totals().netPresentValue(), money(evaluator, Cases.named(wb, "NetPresentValue"),
                digits), name + " net present value");
        CellValue ratio = evaluator.evaluate(Cases.named(wb, "Ratio"));
        if (iv == 0) {
            assertEquals(text(Language.NL, "none"), ratio.getStringValue(), name + " no ratio");
        } else {
            assertEquals(pv / iv, ratio.getNumberValue(), 1e-9, name + " ratio");
        }
        CellValue months = evaluator.evaluate(Cases.named(wb, "PaybackMonths"));
        if (Double.isNaN(payback)) {
            assertEquals(text(Language.NL, "not.within.horizon"), months.getStringValue(), name + " payback");
        } else {
            assertEquals(payback, months.getNumberValue(), 1e-9, name + " payback");
        }
        // the welfare view follows a changed assumption too: its ratio from the live formulas, as the library's
        result.welfare().ifPresent(w -> {
            assertEquals(w.presentValue(), money(evaluator, Cases.named(wb, "WelfarePresentValue"), digits),
                    name + " welfare present value");
            assertEquals(w.ratio().getAsDouble(), evaluator.evaluate(Cases.named(wb, "WelfareRatio")).getNumberValue(),
                    1e-9, name + " welfare ratio");
        });
    }

    private static BigDecimal money(FormulaEvaluator evaluator, Cell cell, int digits) {
        return BigDecimal.valueOf(evaluator.evaluate(cell).getNumberValue()).setScale(digits, RoundingMode.HALF_EVEN);
    }

    static BigDecimal decimal(javax.money.MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class).setScale(
                amount.getCurrency().getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
    }

    /** Previewers show what the file stores: every formula carries the value POI evaluates it to. */
    @ParameterizedTest
    @MethodSource("cases")
    void everyFormula_carriesItsValue(Case c) throws Exception {
        byte[] xlsx = SroiWorkbook.write(List.of(c.model()), null, Language.NL);
        try (Workbook stored = Cases.open(xlsx); Workbook fresh = Cases.open(xlsx)) {
            fresh.getCreationHelper().createFormulaEvaluator().evaluateAll();
            int formulas = 0;
            for (Sheet sheet : stored) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.FORMULA) {
                            continue;
                        }
                        formulas++;
                        String where = c + " " + sheet.getSheetName() + "!" + cell.getAddress();
                        Cell again = fresh.getSheet(sheet.getSheetName()).getRow(row.getRowNum())
                                .getCell(cell.getColumnIndex());
                        assertNotEquals(CellType.ERROR, cell.getCachedFormulaResultType(), where);
                        assertEquals(again.getCachedFormulaResultType(), cell.getCachedFormulaResultType(), where);
                        if (cell.getCachedFormulaResultType() == CellType.NUMERIC) {
                            assertEquals(again.getNumericCellValue(), cell.getNumericCellValue(), 0, where);
                        } else {
                            assertEquals(again.getStringCellValue(), cell.getStringCellValue(), where);
                        }
                    }
                }
            }
            assertTrue(formulas > 0);
        }
    }
}
