package org.assessor.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a fact type the engine gives every session exactly once, such as the rule set's
 * {@code PolicyValues}. Rules read it and never insert it (the rule language refuses a
 * consequence that does), so a pattern of it multiplies nothing: the sandbox does not count it
 * among the unjoined patterns of a rule.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Given {
}
