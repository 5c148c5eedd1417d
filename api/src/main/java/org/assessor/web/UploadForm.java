package org.assessor.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.assessor.app.RuleSetUpload;

/**
 * The upload form's multipart fields turned into the body {@link org.assessor.app.RuleSetService#upload}
 * reads ({@code {"version": V, "files": {name: text}}}). Files come from three inputs: {@code files}
 * (the folder's top-level files: manifest, rules, tables), {@code tests} (test cases, kept under
 * {@code tests/}) and {@code zip} (the whole folder zipped; a single top folder in it is dropped).
 * Spreadsheets are sent as {@code base64:} and their bytes; everything else as UTF-8 text.
 *
 * @param questionnaireId the questionnaire chosen
 * @param version         the version typed
 * @param files           every file by its name in the folder
 */
public record UploadForm(String questionnaireId, String version, Map<String, byte[]> files) {

    /** The form read from {@code parts}; parts with an empty file name (no file chosen) are left out. */
    static UploadForm of(List<Multipart.Part> parts) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Multipart.Part part : parts) {
            if (part.filename() == null || part.filename().isBlank()) {
                continue;
            }
            String name = baseName(part.filename());
            switch (part.name()) {
                case "files" -> files.put(name, part.bytes());
                case "tests" -> files.put("tests/" + name, part.bytes());
                case "zip" -> files.putAll(unzip(part.bytes()));
                default -> { }
            }
        }
        return new UploadForm(Multipart.field(parts, "questionnaire").orElse("").trim(),
                Multipart.field(parts, "version").orElse("").trim(), files);
    }

    /** The upload body for the service. */
    ObjectNode body() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("version", version);
        ObjectNode named = body.putObject("files");
        files.forEach((name, bytes) -> named.put(name, name.endsWith(".xls") || name.endsWith(".xlsx")
                ? RuleSetUpload.BASE64 + Base64.getEncoder().encodeToString(bytes)
                : new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
        return body;
    }

    private static String baseName(String filename) {
        String name = filename.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** The files of a zipped folder, by their path in it; one top folder holding everything is dropped. */
    static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null && entries.size() <= RuleSetUpload.MAX_FILES;
                 e = in.getNextEntry()) {
                if (e.isDirectory() || e.getName().contains("__MACOSX") || e.getName().endsWith(".DS_Store")) {
                    continue;
                }
                byte[] bytes = in.readNBytes((int) RuleSetUpload.MAX_TOTAL_BYTES + 1);
                total += bytes.length;
                if (total > RuleSetUpload.MAX_TOTAL_BYTES) {
                    break;
                }
                entries.put(e.getName().replace('\\', '/'), bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String top = entries.keySet().stream().findFirst().filter(n -> n.contains("/"))
                .map(n -> n.substring(0, n.indexOf('/') + 1)).orElse(null);
        if (top == null || !entries.keySet().stream().allMatch(n -> n.startsWith(top))) {
            return entries;
        }
        Map<String, byte[]> stripped = new LinkedHashMap<>();
        entries.forEach((n, b) -> stripped.put(n.substring(top.length()), b));
        return stripped;
    }
}
