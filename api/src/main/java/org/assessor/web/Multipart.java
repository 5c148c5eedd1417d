package org.assessor.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/form-data} body (RFC 7578) split into its parts, for the forms that upload
 * files. Reads only what forms send: each part's {@code Content-Disposition} name and file name,
 * and its bytes; other part headers are ignored. A body that is not well formed yields the parts
 * read before the fault.
 */
public final class Multipart {
    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("(?i)[; ]name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("(?i)filename=\"([^\"]*)\"");

    /**
     * One part: a form field or a file.
     *
     * @param name     the field's name
     * @param filename the file's name as the browser sent it; null for a plain field
     * @param bytes    the content
     */
    public record Part(String name, String filename, byte[] bytes) {
        /** The content as UTF-8 text. */
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private Multipart() {
    }

    /** The boundary named by a {@code multipart/form-data} content type, if any. */
    public static Optional<String> boundary(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher m = BOUNDARY.matcher(contentType);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The parts of {@code body}, delimited by {@code boundary}, in order. */
    public static List<Part> parse(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int start = at + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                break;
            }
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
            int next = indexOf(body, ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1), start);
            if (headersEnd < 0 || next < 0 || headersEnd > next) {
                break;
            }
            String headers = new String(body, start, headersEnd - start, StandardCharsets.UTF_8);
            Matcher name = NAME.matcher(headers);
            if (name.find()) {
                Matcher file = FILENAME.matcher(headers);
                byte[] content = java.util.Arrays.copyOfRange(body, headersEnd + 4, next);
                parts.add(new Part(name.group(1), file.find() ? file.group(1) : null, content));
            }
            at = next + 2;
        }
        return parts;
    }

    /** The text of the first plain field named {@code name} in {@code parts}, or empty. */
    public static Optional<String> field(List<Part> parts, String name) {
        return parts.stream().filter(p -> p.name().equals(name) && p.filename() == null).findFirst().map(Part::text);
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
