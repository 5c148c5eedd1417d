package org.assessor.web;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.assessor.access.Caller;
import org.assessor.app.RoundService;
import org.assessor.comparison.ComparisonFilter;
import org.assessor.round.Progress;
import org.assessor.round.Round;

/**
 * The rounds still in progress (scheduled, open, or ended and waiting to be closed) that the
 * caller may see and the dashboard's filter selects (questionnaire, rule-set version, cycle; the
 * dates select by closing day), each with its response rate: submitted of invited.
 */
public record ProgrammeRounds(List<Row> rows) {

    /** One round: its site, cycle, status, who submitted of who was invited, and its closing day. */
    public record Row(String siteName, String link, String cycle, String status, int submitted, int invited,
                      String closes) {
        /** The response rate as a whole percentage, or "–" when nobody is invited yet. */
        public String rate() {
            return invited == 0 ? "–" : Math.round(100.0 * submitted / invited) + "%";
        }
    }

    /** The rounds in progress {@code caller} may see that {@code filter} selects. */
    public static ProgrammeRounds of(RoundService rounds, Caller caller, ComparisonFilter filter) {
        List<Row> rows = new ArrayList<>();
        for (Round round : rounds.list(caller, null)) {
            Round.Status status = rounds.status(round);
            if (status == Round.Status.CLOSED || !selects(filter, round)) {
                continue;
            }
            Progress progress = rounds.progress(caller, round.id());
            int invited = progress.roles().stream().mapToInt(Progress.RoleProgress::invited).sum();
            int submitted = progress.roles().stream().mapToInt(Progress.RoleProgress::submitted).sum();
            String name = round.spec().siteName() == null ? round.spec().siteId() : round.spec().siteName();
            rows.add(new Row(name, "/rounds/" + round.id(), round.spec().cycle(), status.code(), submitted, invited,
                    round.spec().closesAt().atZone(ZoneOffset.UTC).toLocalDate().toString()));
        }
        return new ProgrammeRounds(rows);
    }

    private static boolean selects(ComparisonFilter filter, Round round) {
        var spec = round.spec();
        var closes = spec.closesAt().atZone(ZoneOffset.UTC).toLocalDate();
        return filter.questionnaireId().equals(spec.questionnaireId())
                && (filter.ruleSetVersion() == null || filter.ruleSetVersion().equals(spec.ruleSetVersion()))
                && (filter.cycle() == null || filter.cycle().equals(spec.cycle()))
                && (filter.from() == null || !closes.isBefore(filter.from()))
                && (filter.to() == null || !closes.isAfter(filter.to()));
    }
}
