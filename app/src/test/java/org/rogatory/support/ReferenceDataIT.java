package org.rogatory.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * A {@link PostgresIT} for tests that import reference data: imports change what every request is
 * screened against (and re-screen every open case), so these tests share a Spring context and
 * database of their own, apart from the common one where no register is loaded. Each test imports
 * what it needs first ({@link Imports}). The property only tells the two contexts apart; it is the
 * default.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PostgresIT
@TestPropertySource(properties = "rogatory.screening.forum-state=BE")
public @interface ReferenceDataIT {
}
