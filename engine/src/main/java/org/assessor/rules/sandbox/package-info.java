/**
 * The guard between an auditor's rule files and the compiler: the rule language, judged on the
 * trees of Drools' own parsers and of JavaParser against an allow-list, and printed again as the
 * canonical text that is compiled. Entry point: {@link org.assessor.rules.sandbox.SandboxGuard}.
 */
package org.assessor.rules.sandbox;
