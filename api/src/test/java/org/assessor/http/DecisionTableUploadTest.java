package org.assessor.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.testing.ApiClient.json;
import static org.assessor.testing.ApiClient.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assessor.BundledData;
import org.assessor.DecisionTables;
import org.assessor.app.EngineConfig;
import org.assessor.app.RuleSetTexts;
import org.assessor.rules.RuleSetSource;
import org.assessor.rules.ThresholdTable;
import org.assessor.server.ServerConfig;
import org.assessor.testing.ApiClient;
import org.assessor.testing.OwnServer;
import org.assessor.testing.Uploads;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A decision-table rule set goes through the upload path like DRL: the bundled readiness rule
 * set with its criterion ratings as an Excel spreadsheet (uploaded in base64), and its
 * hand-written DRL twin, uploaded as two versions, rate the example alike; a mistyped cell is
 * refused with its file, row and cell.
 */
class DecisionTableUploadTest {
    private static final String QUESTIONNAIRE = "readiness-for-change";
    private static final String TABLE = "20-rate-criteria.drl.csv";
    private static final String SPREADSHEET = "20-rate-criteria.drl.xlsx";
    private static final String THRESHOLDS = "20-thresholds.csv";
    private static final String CRITICAL = "40-critical.drl";

    @RegisterExtension
    static final OwnServer SERVER = new OwnServer(data -> ServerConfig.defaults().withAddress("127.0.0.1", 0)
            .withDataFolder(data).withEngine(EngineConfig.defaults().onlyFor(QUESTIONNAIRE)));
    /** The bundled rule set with its threshold table written as a decision table (and its critical criteria as DRL). */
    private static Map<String, String> bundled;
    private static String thresholds;

    private final ApiClient api = SERVER.api();

    @BeforeAll
    static void readTheBundledRuleSet() {
        bundled = new TreeMap<>(RuleSetTexts.of(RuleSetSource.fromFolder(BundledData.ruleSets()
                .resolve(QUESTIONNAIRE + "/1.1.0"))));
        thresholds = bundled.remove(THRESHOLDS);
        ThresholdTable table = ThresholdTable.read(THRESHOLDS, thresholds, new ArrayList<>());
        bundled.put(TABLE, DecisionTables.of(table, "0.5"));
        bundled.put(CRITICAL, DecisionTables.criticalRules(table));
    }

    private static Map<String, String> version(String version) {
        Map<String, String> files = new TreeMap<>(bundled);
        files.put("manifest.json", files.get("manifest.json").replace("\"version\": \"1.1.0\"",
                "\"version\": \"" + version + "\""));
        return files;
    }

    private HttpResponse<byte[]> upload(String version, Map<String, String> files) {
        return api.post("/api/rulesets/" + QUESTIONNAIRE, Uploads.of(version, files));
    }

    @Test
    void theSpreadsheetAndTheThresholdTableItWasWrittenFromRateTheExampleAlike() throws IOException {
        Map<String, String> spreadsheet = version("1.2.0");
        String xlsx = "base64:" + Base64.getEncoder().encodeToString(xlsx(spreadsheet.remove(TABLE)));
        spreadsheet.put(SPREADSHEET, xlsx);
        Map<String, String> twin = version("1.2.1");
        twin.remove(TABLE);
        twin.remove(CRITICAL);
        twin.put(THRESHOLDS, thresholds);

        HttpResponse<byte[]> table = upload("1.2.0", spreadsheet);
        HttpResponse<byte[]> drl = upload("1.2.1", twin);

        assertThat(table.statusCode()).as(text(table)).isEqualTo(201);
        assertThat(drl.statusCode()).as(text(drl)).isEqualTo(201);
        assertThat(json(api.get("/api/rulesets/" + QUESTIONNAIRE + "/1.2.0")).at("/files/" + SPREADSHEET).asText())
                .isEqualTo(xlsx);
        String id = json(api.post("/api/assessments", Files.readString(
                Path.of("../examples/readiness-for-change-respondents.json")))).get("id").asText();
        JsonNode underTable = json(api.post("/api/assessments/" + id + "/re-evaluate?ruleSetVersion=1.2.0", ""));
        JsonNode underTwin = json(api.post("/api/assessments/" + id + "/re-evaluate?ruleSetVersion=1.2.1", ""));
        assertThat(underTable.at("/ruleSet/version").asText()).isEqualTo("1.2.0");
        assertThat(underTwin.at("/ruleSet/version").asText()).isEqualTo("1.2.1");
        assertThat(withoutVersionAndTime(underTwin)).isEqualTo(withoutVersionAndTime(underTable));
        assertThat(withoutVersionAndTime(underTable)).isEqualTo(withoutVersionAndTime(
                json(api.get("/api/assessments/" + id))));
        JsonNode comparison = json(api.get("/api/assessments/" + id + "/results/compare?from=1&to=2"));
        assertThat(comparison.at("/changed/standards").asLong()).isZero();
        assertThat(comparison.at("/changed/criteria").asLong()).isZero();
        assertThat(comparison.at("/readiness/verdict/changed").asBoolean()).isFalse();
        assertThat(comparison.at("/readiness/verdict/to").asText()).isNotEmpty();
    }

    @Test
    void aMistypedCellIsRefusedWithItsRowAndCell() {
        Map<String, String> files = version("1.3.0");
        String row = "\"S1.a met\",\"S1.a\",0.5,0.75,,MET";
        assertThat(files.get(TABLE)).contains(row);
        files.put(TABLE, files.get(TABLE).replace(row, "\"S1.a met\",\"S1.a\",0.5,0.75,,MEET"));
        int line = 1 + (int) files.get(TABLE).substring(0, files.get(TABLE).indexOf("MEET")).chars()
                .filter(c -> c == '\n').count();

        HttpResponse<byte[]> response = upload("1.3.0", files);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).get("errors")).anySatisfy(e -> {
            assertThat(e.get("file").asText()).isEqualTo(TABLE);
            assertThat(e.get("line").asInt()).isEqualTo(line);
            assertThat(e.get("cell").asText()).isEqualTo("F" + line);
            assertThat(e.get("message").asText()).contains("MEET");
        });
        assertThat(api.get("/api/rulesets/" + QUESTIONNAIRE + "/1.3.0").statusCode()).isEqualTo(404);
    }

    private static JsonNode withoutVersionAndTime(JsonNode result) {
        ObjectNode copy = result.deepCopy();
        copy.remove(List.of("ruleSet", "evaluatedAt", "id"));
        return copy;
    }

    /**
     * The CSV decision table as an Excel workbook: one sheet, each CSV field in the same row and
     * column, and the cells a CSV file marks with a trailing {@code ...} merged, as a spreadsheet
     * program would have them.
     */
    private static byte[] xlsx(String csv) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("rate criteria");
            List<List<String>> rows = csvRows(csv);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    String value = cells.get(c);
                    if (value.endsWith("...")) {
                        int last = c;
                        while (last + 1 < cells.size() && cells.get(last + 1).equals(value)) {
                            last++;
                        }
                        row.createCell(c).setCellValue(value.substring(0, value.length() - 3));
                        for (int merged = c + 1; merged <= last; merged++) {
                            row.createCell(merged);
                        }
                        if (last > c) {
                            sheet.addMergedRegion(new CellRangeAddress(r, r, c, last));
                        }
                        c = last;
                    } else if (!value.isEmpty()) {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        }
    }

    /** The rows of a CSV file with LF line ends, quoted fields and doubled quotes. */
    private static List<List<String>> csvRows(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted && c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (!quoted && c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
