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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A client that is not a trusted proxy cannot forge its address or the host with X-Forwarded-* headers: a new
 * X-Forwarded-For per attempt does not escape the sign-in throttle, and X-Forwarded-Host never reaches a redirect.
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
    void aForwardedHostNeverReachesARedirect() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("/plans"))
                .header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login")
                .doesNotContain("evil.example").doesNotStartWith("https:");
    }

    private HttpResponse<String> signIn(String username, String password, String forwardedFor) throws Exception {
        String page = http.send(HttpRequest.newBuilder(url("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
        return http.send(HttpRequest.newBuilder(url("/login")).header("X-Forwarded-For", forwardedFor)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
