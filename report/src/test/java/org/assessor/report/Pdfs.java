package org.assessor.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads PDFs back with Apache PDFBox, an independent parser: page count, text per page, drawing operators. */
final class Pdfs {
    private Pdfs() {
    }

    /** The text of every page, in page order; fails if {@code pdf} is not a readable PDF. */
    static List<String> pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All the text of {@code pdf}, {@link #flat flattened}. */
    static String text(byte[] pdf) {
        return flat(String.join("\n", pages(pdf)));
    }

    /**
     * {@code text} with its lines joined as they were before the report wrapped them: a line
     * break after a hyphen is dropped, any other run of white space becomes one space.
     */
    static String flat(String text) {
        return text.replaceAll("-\\s*\\R", "-").replaceAll("\\s+", " ");
    }

    /** How many rectangles the form XObjects (drawings) on page {@code page} (1-based) fill. */
    static int filledRectangles(byte[] pdf, int page) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage p = doc.getPage(page - 1);
            int count = 0;
            for (COSName name : p.getResources().getXObjectNames()) {
                PDXObject x = p.getResources().getXObject(name);
                if (x instanceof PDFormXObject form) {
                    count += operators(form, "re");
                }
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int operators(PDFormXObject form, String operator) throws IOException {
        int count = 0;
        for (Object token : new PDFStreamParser(form).parse()) {
            if (token instanceof Operator op && op.getName().equals(operator)) {
                count++;
            }
        }
        return count;
    }
}
