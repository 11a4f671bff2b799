package org.rogatory.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Spring Boot test on a real PostgreSQL database of its own, with the server on a random port and
 * the demo users, a GreenMail SMTP server ({@link TestMail}) and a clock tests can move
 * ({@link MutableClock}). Every {@code *IT} with only this annotation shares one Spring context (and
 * so one database): tests use fresh foreign references ({@link Fixtures}) and count audit events as
 * deltas.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"rogatory.demo.users=true",
        "rogatory.audit.signing-key="})
@ContextConfiguration(initializers = {EmbeddedPostgres.class, TestMail.class})
@Import(TestClock.class)
public @interface PostgresIT {
}
