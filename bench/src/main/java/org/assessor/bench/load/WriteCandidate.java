package org.assessor.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assessor.BundledData;
import org.assessor.rules.RuleSetSource;

/**
 * Writes the body of a rule-set upload for the impact benchmark: organisational-change 1.0.2 (1.1.0
 * is a bundled version now),
 * the bundled 1.0.0 with criterion 1.2.a met only from 0.9 of the points (was 0.75), the change
 * the rule-set lifecycle guide walks through. Usage:
 * {@code java -cp bench/target/benchmarks.jar org.assessor.bench.load.WriteCandidate OUT.json}.
 */
public final class WriteCandidate {
    static final String VERSION = "1.0.2";

    private WriteCandidate() {
    }

    public static void main(String[] args) throws IOException {
        RuleSetSource bundled = RuleSetSource.fromFolder(BundledData.ruleSets().resolve("organisational-change/1.0.0"));
        boolean same = args.length > 1 && args[1].equals("same");
        String version = same ? "1.0.1" : VERSION;
        ObjectNode upload = new ObjectMapper().createObjectNode();
        upload.put("version", version);
        ObjectNode files = upload.putObject("files");
        for (String name : bundled.fileNames()) {
            String text = bundled.text(name);
            if (name.equals(RuleSetSource.MANIFEST)) {
                text = replaceOnce(text, "\"version\": \"1.0.0\"", "\"version\": \"" + version + "\"");
                if (same) {
                    text = replaceOnce(text, "\"notes\": \"", "\"notes\": \"Notes only. ");
                }
            } else if (name.equals("20-thresholds.csv") && !same) {
                text = replaceOnce(text, "\n1.2.a,,,,,", "\n1.2.a,0.9,,,,");
            }
            files.put(name, text);
        }
        Files.write(Path.of(args[0]), new ObjectMapper().writeValueAsBytes(upload));
    }

    private static String replaceOnce(String text, String from, String to) {
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            throw new IllegalStateException("expected exactly one '" + from + "'");
        }
        return text.replace(from, to);
    }
}
