package org.assessor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assessor.comparison.Rfc4180;
import org.assessor.server.Server;
import org.assessor.testing.ApiClient;
import org.assessor.testing.FixtureServer;
import org.assessor.testing.Submissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assessor compare} against a data folder and against a running server; {@code evaluate --pdf}. */
class CompareCommandTest {
    @TempDir
    Path temp;

    @Test
    void comparesTheAssessmentsOfADataFolderAsCsvAndOfAServerAsPdf() throws IOException {
        Path data = temp.resolve("data");
        try (Server server = FixtureServer.start(data)) {
            ApiClient api = new ApiClient(server.uri());
            assertThat(api.post("/api/assessments", Submissions.strong("cli-north")).statusCode()).isEqualTo(201);
            assertThat(api.post("/api/assessments", Submissions.weak("cli-south")).statusCode()).isEqualTo(201);
            Path pdf = temp.resolve("sites.pdf");
            CliTest.Run viaServer = CliTest.run("compare", "--questionnaire", "demo", "--pdf", "--out", pdf.toString(),
                    "--server", server.uri().toString());
            assertThat(viaServer.exitCode()).as(viaServer.err()).isZero();
            assertThat(text(Files.readAllBytes(pdf))).contains("cli-north", "cli-south");
        }
        CliTest.Run fromFolder = CliTest.run("compare", "--questionnaire", "demo", "--csv", "--data", data.toString(),
                "--questionnaires", FixtureServer.QUESTIONNAIRES.toString(), "--site", "cli-south");
        assertThat(fromFolder.exitCode()).as(fromFolder.err()).isZero();
        List<List<String>> records = Rfc4180.parse(fromFolder.out());
        assertThat(records).hasSize(1 + 3);
        assertThat(records.subList(1, 4)).allSatisfy(r -> {
            assertThat(r.get(0)).isEqualTo("cli-south");
            assertThat(r.get(records.get(0).indexOf("rating"))).isEqualTo("not-met");
        });
    }

    @Test
    void aComparisonOfAnUnknownQuestionnaireIsRefused() {
        CliTest.Run run = CliTest.run("compare", "--questionnaire", "nope", "--data", temp.resolve("d").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no questionnaire 'nope'");
    }

    @Test
    void evaluateAlsoWritesThePdfReport() throws IOException {
        Path answers = Files.writeString(temp.resolve("a.json"), Submissions.weak("pdf-site"));
        Path pdf = temp.resolve("report.pdf");
        CliTest.Run run = CliTest.run("evaluate", "--questionnaire", "demo", "--questionnaires",
                FixtureServer.QUESTIONNAIRES.toString(), "--rules", FixtureServer.RULES.toString(), "--pdf",
                pdf.toString(), answers.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(text(Files.readAllBytes(pdf))).contains("pdf-site", "A2.1-1");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
