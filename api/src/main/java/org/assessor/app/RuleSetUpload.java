package org.assessor.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assessor.Ids;
import org.assessor.assessment.FieldError;
import org.assessor.rules.RuleProblem;
import org.assessor.rules.RuleSetInvalid;
import org.assessor.rules.RuleSetSource;

/**
 * The body of {@code POST /api/rulesets/{questionnaireId}}, read and bounded:
 * {@code {"version": "1.1.0", "files": {"manifest.json": "...", "tests/x.json": "...",
 * "20-rate.drl.xlsx": "base64:UEsDB..."}}}. A file's value is its text (UTF-8), or
 * {@code base64:} followed by its bytes in base64, which spreadsheets ({@code .drl.xlsx},
 * {@code .drl.xls}) must use.
 *
 * @param version the version being uploaded
 * @param files   every file of the rule-set folder, by name relative to it
 */
public record RuleSetUpload(String version, Map<String, byte[]> files) {
    /** The most files an upload may hold. */
    public static final int MAX_FILES = 200;
    /** The most bytes all files together may hold, after base64 decoding: 8 MiB. */
    public static final long MAX_TOTAL_BYTES = 8L << 20;
    /** The prefix of a file given in base64. */
    public static final String BASE64 = "base64:";

    /**
     * Reads an upload body.
     *
     * @throws RuleSetUploadInvalid listing every field at fault
     */
    public static RuleSetUpload read(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        if (!body.isObject()) {
            throw new RuleSetUploadInvalid(List.of(new FieldError("", "expected a JSON object with version and files")));
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("version") && !name.equals("files")) {
                errors.add(new FieldError("/" + escape(name), "unknown field; expected version and files"));
            }
        }
        JsonNode version = body.get("version");
        if (version == null || !version.isTextual() || !Ids.isValid(version.asText())) {
            errors.add(new FieldError("/version", "is required: the version uploaded, " + Ids.RULE));
        }
        Map<String, byte[]> files = files(body.get("files"), errors);
        if (!errors.isEmpty()) {
            throw new RuleSetUploadInvalid(errors);
        }
        return new RuleSetUpload(version.asText(), files);
    }

    /**
     * The rule set these files make, for an upload to questionnaire {@code questionnaireId}.
     *
     * @throws RuleSetInvalid if a file name is unsafe, the manifest is missing or unreadable, or
     *                        it names another questionnaire or version than the upload's
     */
    RuleSetSource source(String questionnaireId) {
        RuleSetSource source = RuleSetSource.of(files);
        List<RuleProblem> problems = new ArrayList<>();
        if (!source.manifest().questionnaireId().equals(questionnaireId)) {
            problems.add(RuleProblem.inFile(RuleSetSource.MANIFEST, "questionnaireId is '"
                    + source.manifest().questionnaireId() + "', but the upload is to questionnaire '"
                    + questionnaireId + "'"));
        }
        if (!source.manifest().version().equals(version)) {
            problems.add(RuleProblem.inFile(RuleSetSource.MANIFEST, "version is '" + source.manifest().version()
                    + "', but the upload's version is '" + version + "'"));
        }
        if (!problems.isEmpty()) {
            throw new RuleSetInvalid(questionnaireId + "/" + version, problems);
        }
        return source;
    }

    private static Map<String, byte[]> files(JsonNode files, List<FieldError> errors) {
        Map<String, byte[]> read = new TreeMap<>();
        if (files == null || !files.isObject() || files.isEmpty()) {
            errors.add(new FieldError("/files", "is required: an object of file name to content, with every file of"
                    + " the rule-set folder (manifest.json, rule files, tests/*.json)"));
            return read;
        }
        if (files.size() > MAX_FILES) {
            errors.add(new FieldError("/files", "holds " + files.size() + " files; at most " + MAX_FILES));
            return read;
        }
        long total = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = files.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> file = it.next();
            String pointer = "/files/" + escape(file.getKey());
            byte[] bytes = content(file.getKey(), file.getValue(), pointer, errors);
            if (bytes != null) {
                total += bytes.length;
                read.put(file.getKey(), bytes);
            }
        }
        if (total > MAX_TOTAL_BYTES) {
            errors.add(new FieldError("/files", "the files hold " + total + " bytes together; at most "
                    + MAX_TOTAL_BYTES));
        }
        return read;
    }

    private static byte[] content(String name, JsonNode value, String pointer, List<FieldError> errors) {
        if (!value.isTextual()) {
            errors.add(new FieldError(pointer, "expected the file's text, or \"" + BASE64 + "\" and its bytes in base64"));
            return null;
        }
        String text = value.asText();
        boolean spreadsheet = name.endsWith(".xlsx") || name.endsWith(".xls");
        if (!text.startsWith(BASE64)) {
            if (spreadsheet) {
                errors.add(new FieldError(pointer, "a spreadsheet is binary: give it as \"" + BASE64
                        + "\" followed by the file's bytes in base64"));
                return null;
            }
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return Base64.getDecoder().decode(text.substring(BASE64.length()).replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(pointer, "not valid base64 after \"" + BASE64 + "\": " + e.getMessage()));
            return null;
        }
    }

    /** {@code name} escaped for use in a JSON pointer (RFC 6901). */
    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
