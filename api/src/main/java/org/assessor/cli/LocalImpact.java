package org.assessor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.assessor.AssessorException;
import org.assessor.api.ApiJson;
import org.assessor.api.ImpactView;
import org.assessor.app.Engine;
import org.assessor.app.EngineConfig;
import org.assessor.app.Impact;
import org.assessor.app.ImpactAnalysis;
import org.assessor.app.ImpactQuery;
import org.assessor.app.RuleSetService;
import org.assessor.rules.CompiledRuleSet;
import org.assessor.rules.RuleSetId;
import org.assessor.rules.RuleSetInvalid;
import org.assessor.rules.RuleSetSource;
import org.assessor.store.Database;
import org.assessor.store.JdbcAssessmentScan;
import org.assessor.store.JdbcRuleSetStore;

/**
 * {@code rules impact --data DIR}: the impact analysis run in this process over the embedded
 * database of a stopped server, with the same engine and lifecycle as the server's, showing its
 * progress on the error stream.
 */
final class LocalImpact {
    private LocalImpact() {
    }

    /**
     * The analysis of {@code target} (a rule-set folder, or {@code QUESTIONNAIRE/VERSION} of a
     * stored version) as the API would return it; null if the folder's rule set is invalid, its
     * problems printed on {@code err}.
     *
     * @throws ImpactRefused if the database or the versions cannot be used
     */
    static JsonNode analyse(Path data, String target, Path questionnaires, Path rules, ImpactQuery query,
                            PrintWriter err) throws ImpactRefused {
        Path file = data.resolve(Database.EMBEDDED_NAME + ".mv.db");
        if (!Files.isRegularFile(file)) {
            throw new ImpactRefused("no Assessor database in " + data + " (expected " + file + ")");
        }
        Path folder = Path.of(target);
        try {
            RuleSetSource source = Files.isDirectory(folder) ? RuleSetSource.fromFolder(folder) : null;
            RuleSetId id = source != null ? source.id() : RulesImpactCommand.id(target);
            try (Database database = Database.embedded(data)) {
                EngineConfig config = EngineConfig.defaults().withQuestionnaires(questionnaires)
                        .withRuleSets(rules).onlyFor(id.questionnaireId());
                Engine engine = Engine.start(config.compiledRules().isEnabled()
                        ? config.withCompiledRules(data.resolve("compiled-rules")) : config);
                RuleSetService ruleSets = new RuleSetService(engine, new JdbcRuleSetStore(database.dataSource()),
                        Clock.systemUTC());
                ImpactAnalysis analysis = ImpactAnalysis.offline(ruleSets, engine,
                        new JdbcAssessmentScan(database.dataSource()));
                ProgressLine progress = new ProgressLine(err);
                Impact impact;
                if (source != null) {
                    CompiledRuleSet candidate = engine.compiler().compile(source);
                    impact = analysis.run(candidate, "folder " + folder, ruleSets.active(id.questionnaireId()), query,
                            progress);
                } else {
                    impact = analysis.run(id, query, progress);
                }
                progress.end();
                return ApiJson.mapper().valueToTree(ImpactView.of(impact));
            }
        } catch (RuleSetInvalid e) {
            e.problems().forEach(p -> err.println(ProblemLines.of(folder, p.file(), p.line(), p.cell(), p.message())));
            return null;
        } catch (AssessorException e) {
            throw new ImpactRefused(e.getMessage());
        }
    }
}
