/**
 * Rule sets: versioned folders of DRL and decision tables ({@link org.assessor.rules.RuleSetSource}),
 * compiled into shared KieBases ({@link org.assessor.rules.RuleSetCompiler},
 * {@link org.assessor.rules.CompiledRuleSet}), kept with the active version of each
 * questionnaire ({@link org.assessor.rules.RuleSetRegistry}), and run in one stateless session
 * per evaluation under a firing limit and time budget ({@link org.assessor.rules.RuleRunner}).
 */
package org.assessor.rules;
