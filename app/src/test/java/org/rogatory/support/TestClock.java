package org.rogatory.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** In integration tests the one clock the application uses is a {@link MutableClock}. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }
}
