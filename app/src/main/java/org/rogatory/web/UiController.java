package org.rogatory.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.stereotype.Controller;

/**
 * A controller of the browser interface: it renders pages instead of JSON, so {@link UiPages}
 * (not the API's {@link ProblemAdvice}) turns its refusals into pages in the user's language.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
@interface UiController {
}
