package org.assessor.rules.fact;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a fact type of which one submission can hold thousands: one fact per answer, or per
 * respondent and criterion. The rule-file guard refuses a rule that joins two such patterns
 * without a shared variable, since every pair would be held in memory at once.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PerAnswer {
}
