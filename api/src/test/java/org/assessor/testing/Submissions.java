package org.assessor.testing;

/** Submissions to the fixture questionnaire {@code demo}. */
public final class Submissions {
    private Submissions() {
    }

    /** A self-assessment of site {@code site} with every rated question answered positively. */
    public static String strong(String site) {
        return """
                {"questionnaireId": "demo", "site": {"id": "%s", "name": "Site %s"}, "cycle": "baseline",
                 "respondents": [{"role": "senior-manager", "answers": {
                   "1.1.a.1": "yes", "1.1.a.2": "yes", "1.1.a.3": "Board minutes, May", "1.1.b.1": 5,
                   "1.1.c.1": 0, "1.1.c.2": "quality", "1.2.a.1": "yes", "1.2.b.1": "yes",
                   "2.1.a.1": "yes", "2.1.b.1": "yes", "2.1.c.1": "yes"}}]}
                """.formatted(site, site);
    }

    /** A self-assessment of site {@code site} with every rated question answered negatively. */
    public static String weak(String site) {
        return """
                {"questionnaireId": "demo", "site": {"id": "%s"},
                 "answers": {"1.1.a.1": "no", "1.1.a.2": "no", "1.1.b.1": 1, "1.1.c.1": 12, "1.1.c.2": "finance",
                   "1.2.a.1": "no", "1.2.b.1": "no", "2.1.a.1": "no", "2.1.b.1": "no", "2.1.c.1": "no"}}
                """.formatted(site);
    }

    /**
     * A self-assessment of site {@code site} answering 1.2.a.1 and 1.2.b.1 as given ({@code yes},
     * {@code partly} or {@code no}) and every other rated question positively, so that standards
     * 1.1 and 2.1 are met and 1.2 depends on those two answers only.
     */
    public static String standard12(String site, String a, String b) {
        return """
                {"questionnaireId": "demo", "site": {"id": "%s"},
                 "answers": {"1.1.a.1": "yes", "1.1.a.2": "yes", "1.1.b.1": 5, "1.1.c.1": 0, "1.1.c.2": "quality",
                   "1.2.a.1": "%s", "1.2.b.1": "%s", "2.1.a.1": "yes", "2.1.b.1": "yes", "2.1.c.1": "yes"}}
                """.formatted(site, a, b);
    }
}
