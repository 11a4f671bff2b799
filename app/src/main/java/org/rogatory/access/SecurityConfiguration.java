package org.rogatory.access;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.rogatory.web.ProblemKind;
import org.rogatory.web.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * All of web security in one place. One filter chain per kind of client, tried in order:
 * <ol>
 *   <li>{@code /api/**}: HTTP Basic, stateless, no CSRF (no cookies to forge with). Which role may
 *       call what is checked by the handlers through {@link Access} and {@link Rights}, so that
 *       the answer can be a 403 or, for a case the user need not know, a 404.</li>
 *   <li>The browser interface will get its own chain here (form login, session, CSRF), ordered
 *       between the two.</li>
 *   <li>Everything else (health, API documentation pages, static files) is public.</li>
 * </ol>
 */
@Configuration
class SecurityConfiguration {

    static final String REALM = "Rogatory";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new RememberingPasswordEncoder(new BCryptPasswordEncoder());
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/openapi.json", "/api/v1/openapi.json/**", "/api/v1/docs",
                                "/api/v1/docs/**", "/api/v1/swagger-ui/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint((request, response, e) ->
                        unauthenticated(response)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> unauthenticated(response))
                        .accessDeniedHandler((request, response, e) -> problem(response,
                                ProblemKind.FORBIDDEN, "Your role may not do this.")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }

    private static void unauthenticated(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
        problem(response, ProblemKind.UNAUTHENTICATED, "Sign in with HTTP Basic authentication.");
    }

    private static void problem(HttpServletResponse response, ProblemKind kind, String detail) throws IOException {
        response.setStatus(kind.status().value());
        response.setContentType(Problems.MEDIA_TYPE.toString());
        Problems.write(Problems.of(kind, detail), response.getOutputStream());
    }
}
