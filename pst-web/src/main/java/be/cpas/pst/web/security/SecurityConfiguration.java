package be.cpas.pst.web.security;

import be.cpas.pst.domain.account.AccountRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.RequestCache;

/** Who may reach which URL; finer, per-object decisions are taken in the services. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** No inline script or style anywhere: every script and stylesheet is served by the application itself. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, AccountRepository accounts,
            SignedInPrincipal signedIn, SecurityEvents securityEvents) throws Exception {
        RequestCache pagesAskedFor = LandingPage.pagesAskedFor();
        http.requestCache(cache -> cache.requestCache(pagesAskedFor))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/actuator/health", "/assets/**", "/webjars/**")
                        .permitAll()
                        // the published PST, for citizens and council members without an account
                        .requestMatchers(HttpMethod.GET, "/", "/pst", "/pst/**", "/accessibilite").permitAll()
                        // mirrors the services' own checks, so that a forbidden page is not even rendered
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new AccountSessionGuard(accounts, signedIn), SecurityContextHolderFilter.class)
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(refusedAndRecorded(securityEvents)))
                .formLogin(form -> form.loginPage("/login").successHandler(new LandingPage(pagesAskedFor)).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                                .maxAgeInSeconds(31_536_000)));
        return http.build();
    }

    /**
     * A request the URL rules or the CSRF check refuse to a signed-in person: recorded as a security event, then
     * answered with the usual 403 page.
     */
    private static AccessDeniedHandler refusedAndRecorded(SecurityEvents securityEvents) {
        AccessDeniedHandler page = new AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            securityEvents.denied(request, denied.getClass().getSimpleName());
            page.handle(request, response, denied);
        };
    }

    /** Delegating encoder: bcrypt today, and hashes of another algorithm keep working if the default changes. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
