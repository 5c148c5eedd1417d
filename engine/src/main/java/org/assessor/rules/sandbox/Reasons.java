package org.assessor.rules.sandbox;

/** Why a construct of DRL is not part of the rule language, in words an auditor can act on. */
final class Reasons {
    private Reasons() {
    }

    /** Why a rule attribute is refused. */
    static String attribute(String name) {
        return switch (name) {
            case "salience", "activation-group", "agenda-group", "ruleflow-group", "lock-on-active", "auto-focus",
                    "no-loop" -> "results must not depend on the order rules fire in (files fire as layers, in "
                    + "file-name order, by themselves)";
            case "dialect" -> "consequences are always Java and constraints always MVEL";
            case "timer", "calendars", "duration", "enabled", "date-effective", "date-expires" ->
                    "rules are evaluated once, at once, on the facts of one submission";
            default -> "rules have no attributes";
        };
    }

    /** Why a package-level declaration is refused, by its DRL keyword. */
    static String declaration(String keyword) {
        return switch (keyword) {
            case "function", "query" -> "code a rule file defines could call itself without end; a rule handles "
                    + "one match";
            case "global" -> "rules may not reach the session or globals";
            case "declare" -> "rules reason over the fact types of org.assessor.rules.fact";
            case "import function", "import accumulate" -> "rules use the built-in accumulate functions and the "
                    + "fact types' own factories";
            default -> "rules reason once over the facts of one submission";
        };
    }
}
