package org.assessor.rules;

import java.util.Optional;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The limits Apache POI applies when Drools reads an {@code .xlsx} decision table, set once for
 * the process before any spreadsheet is read. An {@code .xlsx} is a zip file, so a small upload
 * can inflate to gigabytes (a zip bomb): POI refuses an entry that inflates more than
 * {@value #MAX_INFLATION} times, an entry larger than {@value #MAX_ENTRY_BYTES} bytes, more than
 * {@value #MAX_ENTRIES} entries and more than {@value #MAX_TEXT_CHARACTERS} characters of text.
 * A decision table is a few kilobytes; these leave it ample room.
 */
final class SpreadsheetLimits {
    /** The most an entry may inflate: 100 times (POI's minimum inflate ratio of 0.01). */
    static final int MAX_INFLATION = 100;
    /** The largest entry, inflated: 32 MiB. */
    static final long MAX_ENTRY_BYTES = 32L << 20;
    /** The most entries in one workbook. */
    static final long MAX_ENTRIES = 200;
    /** The most characters of text in one workbook. */
    static final long MAX_TEXT_CHARACTERS = 4_000_000;

    static {
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_INFLATION);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARACTERS);
    }

    private SpreadsheetLimits() {
    }

    /** Makes sure the limits are set (they are, once this class is loaded). */
    static void apply() {
        // the static initialiser has run by the time this is called
    }

    /** The limits, for messages. */
    static String describe() {
        return "at most " + MAX_INFLATION + " times inflation, " + (MAX_ENTRY_BYTES >> 20) + " MiB per part, "
                + MAX_ENTRIES + " parts and " + MAX_TEXT_CHARACTERS + " characters of text";
    }

    /**
     * POI's message if {@code e}, or one of its causes, is POI refusing a spreadsheet past these
     * limits (its first 160 characters); empty otherwise.
     */
    static Optional<String> exceeded(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("ZipSecureFile")
                    || message.contains("MAX_ENTRY_SIZE") || message.contains("max text size")) {
                return Optional.of(message.length() <= 160 ? message : message.substring(0, 160) + "…");
            }
        }
        return Optional.empty();
    }
}
