package be.cpas.pst.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.cpas.pst.persistence.testsupport.RealPostgres;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: the whole application on a random port over the real PostgreSQL with the demo data,
 * driven by Playwright in headless Chromium. Every page a test visits is checked with axe-core for the WCAG 2.1
 * A and AA rules; a failing test leaves a screenshot under {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "pst.demo=true")
@RealPostgres
public abstract class BrowserTestSupport {

    private static final Logger log = LoggerFactory.getLogger(BrowserTestSupport.class);
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /**
     * The WCAG 2.1 A and AA rules, every node of a violation listed; of the rules that pass (or do not apply), one node
     * each is enough to know they ran, and collecting them all cost half of every check.
     */
    private static final AxeRunOptions AXE_OPTIONS = axeOptions();
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;

    protected BrowserContext context;
    protected Page page;
    /** What the browser's console reported as errors (a refused inline style or script, an exception) on any page. */
    private final List<String> consoleErrors = new java.util.concurrent.CopyOnWriteArrayList<>();

    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = this::screenshotIfFailed;

    @BeforeAll
    static void launchBrowser() {
        Path systemChromium = systemChromium();
        if (systemChromium != null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            log.info("Browser tests use the system Chromium at {}", systemChromium);
        } else {
            playwright = Playwright.create();
            log.info("No system Chromium: browser tests use Playwright's own browser");
        }
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run"));
        if (systemChromium != null) {
            options.setExecutablePath(systemChromium);
        }
        browser = playwright.chromium().launch(options);
    }

    private static AxeRunOptions axeOptions() {
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(WCAG_21_AA);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        options.setResultTypes(List.of("violations"));
        return options;
    }

    private static Path systemChromium() {
        String configured = System.getenv("CHROME_PATH");
        Path candidate = configured != null && !configured.isBlank() ? Paths.get(configured) : Paths.get("/usr/bin/chromium");
        return Files.isExecutable(candidate) ? candidate : null;
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setLocale("fr-BE")
                .setViewportSize(1280, 900));
        page = context.newPage();
        consoleErrors.clear();
        // an answer's own status (403, 404 on purpose) is not an error of the page; anything else is
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
                consoleErrors.add(message.text() + " (" + page.url() + ")");
            }
        });
        page.onPageError(error -> consoleErrors.add("script error: " + error + " (" + page.url() + ")"));
    }

    @AfterEach
    void closePage() {
        try {
            assertThat(consoleErrors).as("errors in the browser's console").isEmpty();
        } finally {
            context.close();
        }
    }

    /** Opens a path of the application, checks it answered 200, and checks it with axe-core. */
    protected void visit(String path) {
        visit(path, 200);
    }

    /** Opens a path of the application, checks it answered with this status, and checks it with axe-core. */
    protected void visit(String path, int expectedStatus) {
        com.microsoft.playwright.Response response = page.navigate(path);
        assertThat(response).as("an answer to " + path).isNotNull();
        assertThat(response.status()).as("HTTP status of " + path).isEqualTo(expectedStatus);
        assertAccessible();
    }

    /** Signs in through the login page as a demo account (password {@code demo}). */
    protected void signInAs(String username) {
        page.navigate("/login");
        page.getByLabel("Identifiant").fill(username);
        page.getByLabel("Mot de passe").fill("demo");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Se connecter")).click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    /** Keeps a picture of the page under target/screenshots/ (the documentation's screenshots come from there). */
    protected void screenshot(String name) {
        // the caret left as it is: hiding it would add a style element, which the page's policy refuses
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true)
                .setCaret(com.microsoft.playwright.options.ScreenshotCaret.INITIAL));
    }

    /** Zero WCAG 2.1 A/AA violations on the page as it is now. */
    protected void assertAccessible() {
        // a click that navigates returns before the new page is whole: check the page, not a part of it
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        // axe runs in the page itself (the pages hold no frame to reach across): the other mode opens a page of its
        // own for every check, which cost more than half of the suite's browser time
        AxeResults results = new AxeBuilder(page).options(AXE_OPTIONS).setLegacyMode(true).analyze();
        List<Rule> violations = results.getViolations();
        assertThat(violations)
                .as(() -> "axe-core violations on " + page.url() + ":\n" + describe(violations))
                .isEmpty();
        assertThat(results.getPasses()).as("axe-core ran its rules on " + page.url()).isNotEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " -> "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    private void screenshotIfFailed(ExtensionContext extension) throws Exception {
        if (extension.getExecutionException().isEmpty() || page == null || page.isClosed()) {
            return;
        }
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(extension.getRequiredTestClass().getSimpleName() + "-"
                + extension.getRequiredTestMethod().getName() + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        log.warn("Browser test failed: screenshot saved to {}", file.toAbsolutePath());
    }
}
