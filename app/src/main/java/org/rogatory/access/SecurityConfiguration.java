package org.rogatory.access;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.rogatory.web.ProblemKind;
import org.rogatory.web.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * All of web security in one place. One filter chain per kind of client, tried in order:
 * <ol>
 *   <li>{@code /api/**}: HTTP Basic, stateless, no CSRF (no cookies to forge with). Which role may
 *       call what is checked by the handlers through {@link Access} and {@link Rights}, so that
 *       the answer can be a 403 or, for a case the user need not know, a 404.</li>
 *   <li>{@code /actuator/**} (health, info): public and stateless.</li>
 *   <li>Everything else is the browser interface: a sign-in form, a session that times out, CSRF
 *       tokens on every form, sign-out. Its pages check roles through {@link Access} too. A user
 *       signs in in their own language ({@link User#language()}).</li>
 * </ol>
 * Both doors count failed sign-ins towards the same {@link LoginLockout}.
 */
@Configuration
class SecurityConfiguration {

    static final String REALM = "Rogatory";
    private static final String SESSION_COOKIE = "JSESSIONID";

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
                        unauthenticated(response, e)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> unauthenticated(response, e))
                        .accessDeniedHandler((request, response, e) -> problem(response,
                                ProblemKind.FORBIDDEN, "Your role may not do this.")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    /**
     * An address the firewall refuses (a path parameter, an encoded dot segment) is answered as every
     * other bad request is: 400 problem+json, never the container's own page.
     */
    @Bean
    RequestRejectedHandler requestRejected() {
        return (request, response, e) -> problem(response, ProblemKind.INVALID_REQUEST,
                "The address is malformed (it holds a ';', an encoded '.', '/' or '%', or a character not allowed).");
    }

    @Bean
    LoginLockout loginLockout(@Value("${rogatory.login.max-failures:5}") int maxFailures,
            @Value("${rogatory.login.lock-for:15m}") Duration lockFor) {
        return new LoginLockout(maxFailures, lockFor);
    }

    @Bean
    @Order(2)
    SecurityFilterChain operations(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain browser(HttpSecurity http, LocaleResolver locales, Users users) throws Exception {
        var afterSignIn = new SavedRequestAwareAuthenticationSuccessHandler();
        afterSignIn.setDefaultTargetUrl("/queue");
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/language", "/css/**", "/js/**", "/favicon.ico", "/error")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler((request, response, authentication) -> {
                            if (authentication.getPrincipal() instanceof SignedInUser user) {
                                locales.setLocale(request, response, user.user().language().locale());
                            }
                            afterSignIn.onAuthenticationSuccess(request, response, authentication);
                        })
                        .failureHandler((request, response, e) -> response.sendRedirect(
                                request.getContextPath() + (e instanceof LockedException ? "/login?locked" : "/login?error")))
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies(SESSION_COOKIE))
                .sessionManagement(session -> session.invalidSessionUrl("/login?expired"))
                .addFilterAfter(new DisabledAccounts(users), SecurityContextHolderFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
                                + "form-action 'self'; frame-ancestors 'none'")))
                .build();
    }

    /**
     * 401, unless the credentials could not be checked at all (the user directory, that is the
     * database, did not answer in time): then 503, because the caller did nothing wrong.
     */
    private static void unauthenticated(HttpServletResponse response, AuthenticationException cause)
            throws IOException {
        if (cause instanceof InternalAuthenticationServiceException) {
            response.setHeader("Retry-After", "5");
            problem(response, ProblemKind.UNAVAILABLE,
                    "The server is too busy to check your credentials now; nothing was recorded. Try again in a moment.");
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
        problem(response, ProblemKind.UNAUTHENTICATED, "Sign in with HTTP Basic authentication.");
    }

    private static void problem(HttpServletResponse response, ProblemKind kind, String detail) throws IOException {
        response.setStatus(kind.status().value());
        response.setContentType(Problems.MEDIA_TYPE.toString());
        Problems.write(Problems.of(kind, detail), response.getOutputStream());
    }
}
