package org.assessor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assessor.cli.CliTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assessor.RuleSetFiles;
import org.assessor.cli.CliTest.Run;
import org.assessor.rules.RuleSetSource;
import org.assessor.server.Server;
import org.assessor.testing.ApiClient;
import org.assessor.testing.DemoDrafts;
import org.assessor.testing.FixtureServer;
import org.assessor.testing.OwnServer;
import org.assessor.testing.Submissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The auditor's lifecycle commands as a user runs them: upload, list, impact, publish and retire
 * against a real server, and impact straight against a stopped server's database.
 */
class RulesLifecycleCliTest {
    private static final String QUESTIONNAIRES = FixtureServer.QUESTIONNAIRES.toString();
    private static final String RULES = FixtureServer.RULES.toString();

    @RegisterExtension
    static final OwnServer SERVER = new OwnServer();

    @TempDir
    Path temp;

    private Path folder(String name, RuleSetFiles files) throws IOException {
        Path folder = temp.resolve(name);
        RuleSetSource source = files.source();
        for (String file : source.fileNames()) {
            Path to = folder.resolve(file);
            Files.createDirectories(to.getParent());
            Files.write(to, source.bytes(file));
        }
        return folder;
    }

    private static Run onServer(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--server";
        all[args.length + 1] = SERVER.api().base().toString();
        return run(all);
    }

    @Test
    void uploadsListsShowsTheImpactPublishesAndRetiresOnAServer() throws IOException {
        ApiClient api = SERVER.api();
        api.post("/api/assessments", Submissions.standard12("cli-1", "partly", "yes"));
        api.post("/api/assessments", Submissions.standard12("cli-2", "partly", "yes"));
        RuleSetFiles draft = DemoDrafts.metFromHalf("1.1.0");
        Path folder = folder("demo-1.1.0", draft);

        Run uploaded = onServer("rules", "upload", folder.toString());
        Run again = onServer("rules", "upload", folder.toString());
        Run listed = onServer("rules", "list");
        Run impact = run("rules", "impact", "demo/1.1.0", "--server", api.base().toString());
        Run published = onServer("rules", "publish", "demo", "1.1.0");
        Run retireActive = onServer("rules", "retire", "demo", "1.1.0");
        Run back = onServer("rules", "publish", "demo", "1.0.0");
        Run retired = onServer("rules", "retire", "demo", "1.1.0");

        String hash = draft.source().hash();
        assertThat(uploaded.exitCode()).as(uploaded.err()).isZero();
        assertThat(uploaded.out()).isEqualTo("uploaded demo/1.1.0 as a draft (" + hash + ")\n");
        assertThat(again.out()).isEqualTo("demo/1.1.0 is already there with the same files (draft, " + hash + ")\n");
        assertThat(listed.out()).containsPattern("demo +1\\.0\\.0 +active +bundled +sha256:")
                .containsPattern("demo +1\\.1\\.0 +draft +uploaded +" + hash);
        assertThat(impact.exitCode()).as(impact.err()).isZero();
        assertThat(impact.err()).as("the server's progress, streamed").contains("impact: 2/2 assessments (100%)");
        assertThat(impact.out()).contains("assessments: 2 selected, 2 compared, 2 changed, 0 unchanged")
                .contains("overall: partly-met -> met: 2").containsPattern("1\\.2 +partly-met -> met: 2")
                .containsPattern("1\\.1 +no change");
        assertThat(published.out()).isEqualTo("demo/1.1.0 is active (" + hash + ")\n");
        assertThat(retireActive.exitCode()).isEqualTo(1);
        assertThat(retireActive.err()).contains("409").contains("publish another version first");
        assertThat(back.out()).startsWith("demo/1.0.0 is active");
        assertThat(retired.out()).isEqualTo("demo/1.1.0 is retired (" + hash + ")\n");
    }

    @Test
    void anUploadTheServerRefusesPrintsEachProblemWithFileAndLine() throws IOException {
        RuleSetFiles broken = DemoDrafts.copy("1.2.0").replace(DemoDrafts.RATE,
                "criterionId == \"2.1.c\", coverage >= 0.5, applicable > 0, share < 0.4 )",
                "criterionId == \"2.1.c\", coverage >= 0.5, applicable > 0, share < 0.4");
        Path folder = folder("demo-1.2.0", broken);

        Run refused = onServer("rules", "upload", folder.toString());
        Run unreachable = run("rules", "upload", folder.toString(), "--server", "http://127.0.0.1:1");

        assertThat(refused.exitCode()).isEqualTo(1);
        String text = broken.text(DemoDrafts.RATE);
        int then = text.indexOf("then", text.indexOf("rule \"2.1.c not-met\""));
        long line = 1 + text.substring(0, then).chars().filter(c -> c == '\n').count();
        assertThat(refused.out()).contains(folder.resolve(DemoDrafts.RATE) + ":" + line + ": ")
                .contains("demo/1.2.0 " + broken.source().hash() + ": REFUSED (1 problem)");
        assertThat(unreachable.exitCode()).isEqualTo(1);
        assertThat(unreachable.err()).contains("cannot connect to http://127.0.0.1:1/");
    }

    @Test
    void impactOnAStoppedServersDatabaseShowsProgressAndTakesAFolderNotYetUploaded() throws IOException {
        Path data = temp.resolve("data");
        try (Server server = FixtureServer.start(data)) {
            ApiClient api = new ApiClient(server.uri());
            api.post("/api/assessments", Submissions.standard12("local-1", "partly", "yes"));
            api.post("/api/assessments", Submissions.standard12("local-2", "partly", "no"));
            api.post("/api/assessments", Submissions.standard12("local-3", "yes", "yes"));
        }
        Path folder = folder("demo-2.0.0", DemoDrafts.metFromHalf("2.0.0"));

        Run impact = run("rules", "impact", folder.toString(), "--data", data.toString(), "--questionnaires",
                QUESTIONNAIRES, "--rules", RULES);
        Run json = run("rules", "impact", folder.toString(), "--data", data.toString(), "--questionnaires",
                QUESTIONNAIRES, "--rules", RULES, "--site", "local-2", "--json");
        Run noDatabase = run("rules", "impact", folder.toString(), "--data", temp.resolve("nothing").toString());

        assertThat(impact.exitCode()).as(impact.err()).isZero();
        assertThat(impact.err()).contains("\rimpact: 3/3 assessments (100%), ");
        assertThat(impact.out()).contains("Impact of demo/2.0.0 (folder " + folder + ", ")
                .contains("against   demo/1.0.0 (active, ").contains("3 selected, 3 compared, 2 changed")
                .containsPattern("1\\.2 +(partly-met -> met: 1, not-met -> partly-met: 1|not-met -> partly-met: 1,"
                        + " partly-met -> met: 1)");
        assertThat(json.exitCode()).isZero();
        assertThat(json.out()).contains("\"site\" : \"local-2\"").contains("\"from\" : \"not-met\"");
        assertThat(noDatabase.exitCode()).isEqualTo(1);
        assertThat(noDatabase.err()).contains("no Assessor database in");
    }

    @Test
    void everyLifecycleCommandHasHelp() {
        for (String command : new String[] {"upload", "list", "impact", "publish", "retire"}) {
            Run run = run("rules", command, "--help");
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("Usage: assessor rules " + command).contains("--server");
        }
    }
}
