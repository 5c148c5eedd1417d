package org.assessor.access;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may call what: the one table of the API's access rules, by method and path pattern, read
 * top to bottom, first match wins. A path no rule names is for admins only, so an endpoint added
 * without a rule is closed rather than open. {@code HEAD} follows {@code GET}; {@code OPTIONS}
 * (which only lists methods) is open to every known caller.
 *
 * <p>Patterns: {@code {id}} is one path segment, {@code **} any number of segments (or none).
 * Rules marked <em>scoped to the assessment</em> also require the assessment named by their
 * {@code {id}} to be one the caller {@linkplain Caller#maySee may see}; the access filter answers
 * 404 for one it may not, exactly as for one that does not exist. What a role may list, compare
 * and submit within an allowed endpoint is decided by {@link Caller}. Immutable, thread-safe.
 */
public final class AccessPolicy {
    private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);
    private static final Set<Role> READERS = EnumSet.of(Role.SITE, Role.PEER_REVIEWER, Role.COMMISSIONER,
            Role.AUDITOR, Role.ADMIN);
    private static final Set<Role> RULE_KEEPERS = EnumSet.of(Role.AUDITOR, Role.ADMIN);
    private static final Set<Role> ADMINS = EnumSet.of(Role.ADMIN);
    private static final Set<Role> ROUND_READERS = EnumSet.of(Role.SITE, Role.COMMISSIONER, Role.AUDITOR, Role.ADMIN);
    private static final Set<Role> ROUND_LEADS = EnumSet.of(Role.SITE, Role.COMMISSIONER, Role.ADMIN);

    /** The rules, in order. */
    public static final List<Rule> RULES = List.of(
            Rule.open("GET", "/health"),
            Rule.open("GET", "/health/ready"),
            Rule.open("GET", "/api/questionnaires"),
            Rule.open("GET", "/api/questionnaires/{id}"),
            Rule.of("GET", "/api/openapi.json", EVERY_ROLE),
            Rule.of("POST", "/api/evaluations", EVERY_ROLE),
            Rule.of("POST", "/api/assessments", EnumSet.of(Role.SITE, Role.PEER_REVIEWER, Role.ADMIN)),
            Rule.of("GET", "/api/assessments", READERS),
            Rule.ofAssessment("GET", "/api/assessments/{id}", READERS),
            Rule.ofAssessment("GET", "/api/assessments/{id}/report.pdf", READERS),
            Rule.ofAssessment("GET", "/api/assessments/{id}/results/**", READERS),
            Rule.ofAssessment("POST", "/api/assessments/{id}/re-evaluate", RULE_KEEPERS),
            Rule.of("GET", "/api/comparisons", EnumSet.of(Role.SITE, Role.COMMISSIONER, Role.AUDITOR, Role.ADMIN)),
            Rule.of("GET", "/api/comparisons/report.pdf",
                    EnumSet.of(Role.SITE, Role.COMMISSIONER, Role.AUDITOR, Role.ADMIN)),
            Rule.of("*", "/api/rulesets/**", RULE_KEEPERS),
            Rule.of("*", "/api/audit/**", RULE_KEEPERS),
            Rule.of("GET", "/api/rounds", ROUND_READERS),
            Rule.of("GET", "/api/rounds/**", ROUND_READERS),
            Rule.of("POST", "/api/rounds", ROUND_LEADS),
            Rule.of("POST", "/api/rounds/**", ROUND_LEADS),
            Rule.open("*", "/api/respond/**"),
            Rule.open("GET", "/"),
            Rule.open("*", "/sign-in"),
            Rule.open("GET", "/sign-in/oidc"),
            Rule.open("GET", "/sign-in/oidc/callback"),
            Rule.open("POST", "/sign-out"),
            Rule.open("GET", "/assets/**"),
            Rule.open("*", "/respond/**"),
            Rule.open("*", "/rounds"),
            Rule.open("*", "/rounds/**"),
            Rule.open("*", "/results/**"),
            Rule.open("*", "/peer"),
            Rule.open("*", "/peer/**"),
            Rule.open("GET", "/programme"),
            Rule.open("GET", "/programme/**"),
            Rule.open("*", "/rulesets"),
            Rule.open("*", "/rulesets/**"),
            Rule.open("*", "/audit"));

    /** The web pages' paths: open here, as the pages check their own sign-in (a session, not a token). */
    public static final List<String> WEB_PAGES = List.of("/", "/sign-in", "/sign-out", "/assets/**", "/respond/**",
            "/rounds/**", "/results/**", "/peer/**", "/programme/**", "/rulesets/**", "/audit");

    /** What applies to a path no rule names. */
    public static final Rule UNLISTED = Rule.of("*", "/**", ADMINS);

    private AccessPolicy() {
    }

    /**
     * One rule: who may call {@code method} on paths matching {@code pattern}.
     *
     * @param method           an HTTP method, or {@code *} for any
     * @param pattern          the path pattern
     * @param roles            the roles allowed; null if no token is needed at all
     * @param scopedToAssessment whether the caller must also be allowed to see the assessment named by {@code {id}}
     */
    public record Rule(String method, String pattern, Set<Role> roles, boolean scopedToAssessment) {

        static Rule open(String method, String pattern) {
            return new Rule(method, pattern, null, false);
        }

        static Rule of(String method, String pattern, Set<Role> roles) {
            return new Rule(method, pattern, Set.copyOf(roles), false);
        }

        static Rule ofAssessment(String method, String pattern, Set<Role> roles) {
            return new Rule(method, pattern, Set.copyOf(roles), pattern.contains("{id}"));
        }

        /** True if anyone may call it, without a token. */
        public boolean isOpen() {
            return roles == null;
        }

        /** True if {@code role} may call it. */
        public boolean allows(Role role) {
            return roles == null || roles.contains(role);
        }

        /** The {@code {id}} segment of {@code path}, if it matches this rule's pattern; else empty. */
        Optional<String> match(String requestMethod, String path) {
            String effective = "HEAD".equals(requestMethod) ? "GET" : requestMethod;
            if (!method.equals("*") && !method.equals(effective)) {
                return Optional.empty();
            }
            return PathPattern.match(pattern, path);
        }
    }

    /** A rule and, for rules scoped to an assessment, the assessment id in the path. */
    public record Decision(Rule rule, String assessmentId) {
    }

    /**
     * The rule for {@code method} on {@code path} (the request's path, starting with '/'):
     * the first that matches, else {@link #UNLISTED}.
     */
    public static Decision decide(String method, String path) {
        for (Rule rule : RULES) {
            Optional<String> id = rule.match(method, path);
            if (id.isPresent()) {
                return new Decision(rule, rule.scopedToAssessment() ? id.get() : null);
            }
        }
        return new Decision(UNLISTED, null);
    }

    /** Matches request paths against rule patterns. */
    static final class PathPattern {
        private PathPattern() {
        }

        /**
         * The {@code {id}} segment (or "" when the pattern has none) if {@code path} matches
         * {@code pattern}; one trailing slash is ignored.
         */
        static Optional<String> match(String pattern, String path) {
            if (pattern.equals("/")) {
                return path.equals("/") ? Optional.of("") : Optional.empty();
            }
            String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            String[] want = pattern.substring(1).split("/", -1);
            String[] have = trimmed.substring(1).split("/", -1);
            String id = "";
            for (int i = 0; i < want.length; i++) {
                if (want[i].equals("**")) {
                    return Optional.of(id);
                }
                if (i >= have.length || have[i].isEmpty()) {
                    return Optional.empty();
                }
                if (want[i].equals("{id}")) {
                    id = have[i];
                } else if (!want[i].equals(have[i])) {
                    return Optional.empty();
                }
            }
            return want.length == have.length ? Optional.of(id) : Optional.empty();
        }
    }
}
