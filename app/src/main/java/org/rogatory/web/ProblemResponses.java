package org.rogatory.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problems an endpoint may answer with, as they appear in {@code /api/v1/openapi.json}: each
 * becomes a response that refers to the shared problem response of its kind. One line per endpoint
 * instead of one {@code @ApiResponse} per status.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProblemResponses {

    ProblemKind[] value();
}
