package org.assessor.report;

import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import org.assessor.core.Priority;
import org.assessor.result.ActionResult;

/** The action plan: the recommended actions grouped by priority, high first, each with its level and target. */
final class ActionPlan {
    private ActionPlan() {
    }

    static void write(ReportDocument doc, List<ActionResult> actions) {
        doc.heading("Action plan");
        if (actions.isEmpty()) {
            doc.text("No actions are recommended: no rule of this rule set found anything to act on.");
            return;
        }
        Cells cells = doc.cells;
        for (Priority priority : Priority.values()) {
            List<ActionResult> group = actions.stream().filter(a -> a.priority() == priority).toList();
            if (group.isEmpty()) {
                continue;
            }
            PdfPTable table = Cells.table(11, 10, 13, 66);
            table.setHeaderRows(2);
            table.addCell(cells.caption(capitalised(priority.code()) + " priority (" + group.size() + ")", 4, false));
            table.addCell(cells.header("Action"));
            table.addCell(cells.header("For"));
            table.addCell(cells.header("Level"));
            table.addCell(cells.header("What to do"));
            for (ActionResult a : group) {
                table.addCell(cells.name(a.id()));
                table.addCell(cells.name(a.target()));
                table.addCell(cells.name(a.level().code()));
                table.addCell(cells.text(a.text()));
            }
            doc.add(table);
        }
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
