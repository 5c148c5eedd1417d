package org.assessor.app;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import org.assessor.rules.RuleSetSource;

/**
 * The files of a rule set as JSON strings, the way uploads give them: text as it is, and
 * spreadsheets (and anything else that is not UTF-8) as {@code base64:} and their bytes, so that
 * what {@code GET /api/rulesets/{q}/{v}} returns can be uploaded again unchanged.
 */
public final class RuleSetTexts {
    private RuleSetTexts() {
    }

    /** Every file of {@code source} by name, as text or {@code base64:} and its bytes. */
    public static Map<String, String> of(RuleSetSource source) {
        Map<String, String> texts = new TreeMap<>();
        for (String name : source.fileNames()) {
            byte[] bytes = source.bytes(name);
            texts.put(name, binary(name) ? RuleSetUpload.BASE64 + Base64.getEncoder().encodeToString(bytes)
                    : text(bytes));
        }
        return texts;
    }

    private static boolean binary(String name) {
        return name.endsWith(".xlsx") || name.endsWith(".xls");
    }

    private static String text(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return RuleSetUpload.BASE64 + Base64.getEncoder().encodeToString(bytes);
        }
    }
}
