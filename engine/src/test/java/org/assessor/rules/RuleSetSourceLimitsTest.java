package org.assessor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assessor.BundledData;
import org.assessor.DecisionTables;
import org.assessor.RuleSetFiles;
import org.assessor.rules.sandbox.SandboxGuard;
import org.drools.decisiontable.InputType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an uploaded rule set cannot do to the server: name a file outside its folder, be too
 * large, or carry a spreadsheet that inflates to gigabytes (a zip bomb) when Drools reads it.
 */
class RuleSetSourceLimitsTest {
    private static final String SPREADSHEET = "20-rate-criteria.drl.xlsx";

    @ParameterizedTest
    @ValueSource(strings = {"../x.drl", "..", "/etc/passwd", "tests/../../x.json", "a/b.drl", "tests/sub/x.json",
            "x\\..\\y.drl", "C:\\x.drl", ".hidden.drl", "", "x.drl\u0000.txt", "\uff58.drl", "x .drl",
            "tests/", "tests/..", "-x.drl"})
    void aFileNameThatCouldLeaveItsFolderIsRefused(String name) {
        Map<String, byte[]> files = new TreeMap<>(demoFiles());
        files.put(name, "rule".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> RuleSetSource.of(files)).isInstanceOf(RuleSetInvalid.class)
                .satisfies(e -> assertThat(((RuleSetInvalid) e).problems()).anySatisfy(p ->
                        assertThat(p.message()).contains("file names may hold only")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"questionnaireId\": \"demo\", \"questionnaireId\": \"other\", \"version\": \"1.0.0\", "
                    + "\"questionnaireVersion\": \"1.0.0\"}|Duplicate field 'questionnaireId'",
            "{\"questionnaireId\": \"demo\", \"version\": \"1.0.0\", \"questionnaireVersion\": \"1.0.0\", "
                    + "\"notes\": 1e999999999}|exponent",
            "{\"questionnaireId\": \"demo\", \"version\": \"1.0.0\", \"questionnaireVersion\": \"1.0.0\", "
                    + "\"date\": 20260101}|Cannot coerce",
            "{\"questionnaireId\": \"demo\", \"version\": \"1.0.0\", \"questionnaireVersion\": \"1.0.0\"} {}"
                    + "|malformed JSON",
            "|empty"})
    void aManifestIsReadAsStrictlyAsAnApiBodyAndRefusedNamingTheManifest(String manifestAndProblem) {
        String[] parts = manifestAndProblem.split("\\|");
        Map<String, byte[]> files = new TreeMap<>(demoFiles());
        files.put(RuleSetSource.MANIFEST, parts[0].getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> RuleSetSource.of(files)).isInstanceOfSatisfying(RuleSetInvalid.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo(RuleSetSource.MANIFEST);
                    assertThat(p.message()).contains(parts[1]);
                }));
    }

    @Test
    void namesInTheFolderAndInTestsAreAccepted() {
        Map<String, byte[]> files = new TreeMap<>(demoFiles());
        files.put("70-extra_rules.v2.drl", "package assessor.rules;".getBytes(StandardCharsets.UTF_8));
        files.put("tests/a-case.json", "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(RuleSetSource.of(files).fileNames()).contains("70-extra_rules.v2.drl", "tests/a-case.json");
    }

    @Test
    void aFileOverTheLimitAndTooManyFilesAreRefused() {
        Map<String, byte[]> big = new TreeMap<>(demoFiles());
        big.put("70-big.drl", new byte[RuleSetSource.MAX_FILE_BYTES + 1]);
        assertThatThrownBy(() -> RuleSetSource.of(big)).isInstanceOf(RuleSetInvalid.class)
                .satisfies(e -> assertThat(((RuleSetInvalid) e).problems()).anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("70-big.drl");
                    assertThat(p.message()).contains("at most " + RuleSetSource.MAX_FILE_BYTES);
                }));
        Map<String, byte[]> many = new TreeMap<>(demoFiles());
        for (int i = 0; i < RuleSetSource.MAX_FILES; i++) {
            many.put("tests/case-" + i + ".json", new byte[0]);
        }
        assertThatThrownBy(() -> RuleSetSource.of(many)).isInstanceOf(RuleSetInvalid.class);
    }

    @Test
    void aSpreadsheetDecisionTableStillCompilesUnderTheLimits() throws IOException {
        RuleSetFiles readiness = readiness();
        ThresholdTable thresholds = ThresholdTable.read("20-thresholds.csv", readiness.text("20-thresholds.csv"),
                new java.util.ArrayList<>());
        byte[] xlsx = workbookOf(DecisionTables.of(thresholds, "0.5"));
        Map<String, byte[]> files = files(readiness);
        files.remove("20-thresholds.csv");
        files.put(SPREADSHEET, xlsx);

        new RuleSetCompiler(new SandboxGuard()).compile(RuleSetSource.of(files));
    }

    @Test
    void aZipBombDressedAsADecisionTableIsRefusedBeforeItInflates() throws IOException {
        Map<String, byte[]> files = files(readiness());
        files.remove("20-thresholds.csv");
        byte[] bomb = zipBomb(200 << 20);
        assertThat(bomb.length).as("small on the wire").isLessThan(RuleSetSource.MAX_FILE_BYTES);
        files.put(SPREADSHEET, bomb);

        assertThatThrownBy(() -> new RuleSetCompiler(new SandboxGuard()).compile(RuleSetSource.of(files)))
                .isInstanceOf(RuleSetInvalid.class)
                .satisfies(e -> assertThat(((RuleSetInvalid) e).problems()).anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo(SPREADSHEET);
                    assertThat(p.message()).contains("inflates past the limits for decision tables", "zip bomb",
                            "Zip bomb detected");
                }));
    }

    /** An .xlsx-shaped zip whose one sheet inflates to {@code bytes} bytes of spaces. */
    private static byte[] zipBomb(int bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"/>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int written = 0; written < bytes; written += spaces.length) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /**
     * The cells of a CSV decision table, as Drools reads them, in an .xlsx workbook: a run of
     * equal pattern cells (CSV's "..." spanning several columns, which Drools has repeated)
     * becomes one merged cell, as a spreadsheet spans them.
     */
    private static byte[] workbookOf(String csv) throws IOException {
        DecisionTableCells cells = DecisionTableCells.read(csv.getBytes(StandardCharsets.UTF_8), InputType.CSV);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("rules");
            for (int row = 1; row <= csv.lines().count(); row++) {
                List<DecisionTableCells.Cell> inRow = cells.row(row);
                if (inRow.isEmpty()) {
                    continue;
                }
                XSSFRow sheetRow = sheet.createRow(row - 1);
                for (int i = 0; i < inRow.size(); i++) {
                    DecisionTableCells.Cell cell = inRow.get(i);
                    int last = i;
                    while (cell.value().contains(" : ") && last + 1 < inRow.size()
                            && inRow.get(last + 1).value().equals(cell.value())
                            && inRow.get(last + 1).column() == inRow.get(last).column() + 1) {
                        last++;
                    }
                    if (last > i) {
                        sheetRow.createCell(cell.column()).setCellValue(cell.value());
                        for (int column = cell.column() + 1; column <= inRow.get(last).column(); column++) {
                            sheetRow.createCell(column);
                        }
                        sheet.addMergedRegion(new CellRangeAddress(row - 1, row - 1, cell.column(),
                                inRow.get(last).column()));
                        i = last;
                    } else {
                        sheetRow.createCell(cell.column()).setCellValue(cell.value());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static RuleSetFiles readiness() {
        return RuleSetFiles.of(BundledData.ruleSets().resolve("readiness-for-change/1.0.0"));
    }

    private static Map<String, byte[]> files(RuleSetFiles files) {
        Map<String, byte[]> all = new TreeMap<>();
        RuleSetSource source = files.source();
        source.fileNames().forEach(n -> all.put(n, source.bytes(n)));
        return all;
    }

    private static Map<String, byte[]> demoFiles() {
        return files(RuleSetFiles.demo());
    }
}
