package be.cpas.pst.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.cpas.pst.persistence.testsupport.RealPostgres;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A client that is not a trusted proxy cannot forge its address or the host with X-Forwarded-* headers: a new
 * X-Forwarded-For per attempt does not escape the sign-in throttle, and X-Forwarded-Host never reaches a redirect;
 * forty wrong passwords sent at once check no more passwords than the limit.
 * (Here the trusted proxy is an address this test never comes from, as for a client on the internet.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pst.demo=true", "server.tomcat.remoteip.internal-proxies=10\\.255\\.255\\.254"})
@RealPostgres
class ForwardedHeadersTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aNewForwardedAddressPerAttemptDoesNotEscapeTheThrottle() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> refused = signIn("conseiller", "pas le bon mot de passe", "203.0.113." + attempt);
            assertThat(refused.headers().firstValue("Location").orElse("")).endsWith("/login?error");
        }
        HttpResponse<String> locked = signIn("conseiller", "demo", "198.51.100.77");
        assertThat(locked.headers().firstValue("Location").orElse("")).endsWith("/login?locked");
    }

    @Test
    void fortyWrongPasswordsSentAtOnceCheckNoMoreThanTheLimit() throws Exception {
        int clients = 40;
        List<HttpClient> browsers = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            browsers.add(browser);
            tokens.add(token(browser));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            HttpClient browser = browsers.get(i);
            String token = tokens.get(i);
            answers.add(pool.submit(() -> {
                start.await();
                return post(browser, "df", "mauvais mot de passe", token, null).headers().firstValue("Location")
                        .orElse("");
            }));
        }
        start.countDown();
        long checked = 0;
        for (Future<String> answer : answers) {
            String location = answer.get();
            assertThat(location).matches(".*/login\\?(error|locked)$");
            checked += location.endsWith("?error") ? 1 : 0;
        }
        pool.shutdown();
        assertThat(checked).as("passwords checked").isBetween(1L, 5L);
        assertThat(signIn("df", "demo", null).headers().firstValue("Location").orElse("")).endsWith("/login?locked");
    }

    @Test
    void aForwardedHostNeverReachesARedirect() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("/plans"))
                .header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login")
                .doesNotContain("evil.example").doesNotStartWith("https:");
    }

    private HttpResponse<String> signIn(String username, String password, String forwardedFor) throws Exception {
        return post(http, username, password, token(http), forwardedFor);
    }

    private String token(HttpClient browser) throws Exception {
        String page = browser.send(HttpRequest.newBuilder(url("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private HttpResponse<String> post(HttpClient browser, String username, String password, String token,
            String forwardedFor) throws Exception {
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token);
        HttpRequest.Builder request = HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
