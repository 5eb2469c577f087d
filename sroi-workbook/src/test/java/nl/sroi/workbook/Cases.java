package nl.sroi.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.sroi.core.TestResources;
import nl.sroi.core.analysis.ScenarioSet;
import nl.sroi.core.internal.Kernel;
import nl.sroi.core.json.ModelJson;
import nl.sroi.core.json.ScenarioJson;
import nl.sroi.core.rules.ModelValidator;
import nl.sroi.core.rules.ValidModel;

/**
 * The models the workbook tests run over, and reading cells back. Every reference case, every bundled model, and
 * the base and every scenario of every bundled scenarios document.
 */
final class Cases {

    /** A model to export: its name in test output, and the model with its scenario id (null for a model). */
    record Case(String name, ScenarioSet.Scenario model) {
        ValidModel valid() {
            return model.model();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private Cases() {
    }

    static Path models() {
        return Path.of(System.getProperty("sroi.models"));
    }

    static Stream<Case> all() {
        List<Case> all = new ArrayList<>();
        for (String name : TestResources.REFERENCE_CASES) {
            ValidModel valid = ModelJson.read(TestResources.bytes("reference/" + name + ".model.json")).value();
            all.add(new Case(name, new ScenarioSet.Scenario(null, valid.model().title(), valid)));
        }
        try (Stream<Path> files = Files.list(models())) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                ValidModel valid = ModelJson.read(Files.readAllBytes(f)).value();
                all.add(new Case(f.getFileName().toString(), new ScenarioSet.Scenario(null, valid.model().title(),
                        valid)));
            }
            all.addAll(scenarioCases());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.stream();
    }

    /** The base and every scenario of every bundled scenarios document. */
    static List<Case> scenarioCases() {
        List<Case> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(models().resolve("scenarios"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                ScenarioSet r = ScenarioJson.read(Files.readAllBytes(f), ModelValidator.DEFAULT).value();
                all.add(new Case(f.getFileName() + " base", new ScenarioSet.Scenario(null,
                        r.base().model().title(), r.base())));
                for (ScenarioSet.Scenario s : r.scenarios()) {
                    all.add(new Case(f.getFileName() + " " + s.id(), s));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /** The positions of a model's sheets in a workbook whose summary is for {@code focus} (or null). */
    static Positions positions(ValidModel valid, String focus) {
        int parties = (int) java.util.Arrays.stream(Positions.parties(valid.model(), focus)).filter(k -> k >= 0).count();
        return new Positions(valid.model().outcomes().size(), valid.model().stakeholders().size(), parties,
                Kernel.of(valid).periods());
    }

    static XSSFWorkbook open(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Cell cell(Workbook wb, String sheet, int row, int col) {
        return wb.getSheet(sheet).getRow(row).getCell(col);
    }

    /** The cell a defined name points at. */
    static Cell named(Workbook wb, String name) {
        AreaReference area = new AreaReference(wb.getName(name).getRefersToFormula(), wb.getSpreadsheetVersion());
        var ref = area.getFirstCell();
        return wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
    }

    /** The number a formula cell stored (what a previewer shows), or NaN for text. */
    static double stored(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.NUMERIC ? cell.getNumericCellValue() : Double.NaN;
    }

    /** The text a formula cell stored, or null for a number. */
    static String storedText(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.STRING ? cell.getStringCellValue() : null;
    }

    /** A stored amount as the decimal it shows, to the currency's minor unit. */
    static BigDecimal amount(Cell cell, int digits) {
        double v = stored(cell);
        if (Double.isNaN(v)) {
            throw new AssertionError("no number in " + cell.getSheet().getSheetName() + "!" + cell.getAddress());
        }
        return BigDecimal.valueOf(v).setScale(digits, RoundingMode.HALF_EVEN);
    }
}
