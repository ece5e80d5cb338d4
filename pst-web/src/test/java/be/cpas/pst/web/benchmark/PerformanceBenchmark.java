package be.cpas.pst.web.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import be.cpas.pst.persistence.planfile.PlanImporter;
import be.cpas.pst.persistence.synthetic.SyntheticPlan;
import be.cpas.pst.persistence.testsupport.RealPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmark of docs/performance.md (not part of the test suite: {@code ./mvnw -Pbenchmark -pl pst-web -am verify}).
 * It starts the application on its real PostgreSQL with the large synthetic plan, signs in as the DG, and drives it on
 * loopback with the JDK's HTTP client: for each page and each number of concurrent clients, throughput and latency
 * percentiles, and their ratio to a trivial page measured in the same run; then 60 s of the dashboard at 32 clients,
 * which must give no error. The figures replace the generated part of docs/performance.md.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"pst.demo=true",
    "logging.level.root=WARN", "logging.level.be.cpas=WARN", "pst.records-guard=off"})
@RealPostgres
class PerformanceBenchmark {

    private static final int[] CLIENTS = {1, 8, 32};
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("benchmark.warmupSeconds", 3));
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("benchmark.seconds", 10));
    private static final Duration SOAK = Duration.ofSeconds(Long.getLong("benchmark.soakSeconds", 60));
    private static final Path OUTPUT = Path.of(System.getProperty("benchmark.output", "../docs/performance.md"));
    private static final String START = "<!-- benchmark:start -->";
    private static final String END = "<!-- benchmark:end -->";

    @LocalServerPort
    int port;
    @Autowired
    PlanImporter importer;
    @Autowired
    JdbcClient jdbc;

    private HttpClient http;
    private final HttpClient visitor = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private String csrf;

    /**
     * A request a client sends again and again; {@code client} tells which client sends it; an anonymous scenario is
     * sent without the session (a citizen reading the published PST).
     */
    private record Scenario(String name, IntFunction<HttpRequest> request, boolean anonymous) {

        Scenario(String name, IntFunction<HttpRequest> request) {
            this(name, request, false);
        }
    }

    /** The figures of one scenario at one number of clients. */
    private record Result(String scenario, int clients, long requests, long errors, double throughput, double p50,
            double p95, double p99) {
    }

    @Test
    void measure() throws Exception {
        long planId = importer.importPlan(SyntheticPlan.LARGE.toPlanFile(42, "PST de synthèse (banc d’essai)"))
                .planId();
        List<Long> actions = jdbc.sql("select id from plan_node where plan_id = ? and kind = 'ACTION' order by id")
                .param(planId).query(Long.class).list();
        long os = jdbc.sql("select min(id) from plan_node where plan_id = ? and kind = 'STRATEGIC_OBJECTIVE'")
                .param(planId).query(Long.class).single();
        long priority = jdbc.sql("select min(id) from priority_level where plan_id = ?").param(planId)
                .query(Long.class).single();
        long inProgress = jdbc.sql("select id from progress_state where plan_id = ? and category = 'IN_PROGRESS'")
                .param(planId).query(Long.class).single();
        // "Mes actions" of someone who follows fifteen actions of the large plan, as a responsable typically does
        long person = jdbc.sql("""
                insert into person (plan_id, position, name, account_id)
                values (?, 99, 'Responsable du banc d’essai', (select id from account where username = 'dg'))
                returning id""").param(planId).query(Long.class).single();
        jdbc.sql("""
                update plan_node set responsable_id = ? where id in (
                    select id from plan_node where plan_id = ? and kind = 'ACTION' order by id limit 15)""")
                .param(person).param(planId).update();
        signIn();

        // each client posts on its own action, so that the updates do not conflict; it knows the version it built on
        long[] versions = new long[CLIENTS[CLIENTS.length - 1]];
        long[] posted = new long[versions.length];
        for (int client = 0; client < versions.length; client++) {
            posted[client] = actions.get(actions.size() - 1 - client);
            versions[client] = jdbc.sql("select version from plan_node where id = ?").param(posted[client])
                    .query(Long.class).single();
        }
        String base = "/plans/" + planId;
        // the plan adopted by the council and its progress published: the public PST of 1,000 actions
        String today = LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(http.send(post(base + "/versions", "number=1&decidedOn=" + enc(today) + "&deliberation=1"),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(302);
        assertThat(http.send(post(base + "/publication/avancement", "asOf=" + enc(today)),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(302);
        String published = "/pst/" + planId;
        List<Scenario> scenarios = List.of(
                new Scenario("Page triviale (référence)", client -> get("/compte")),
                new Scenario("Tableau de bord", client -> get(base + "/tableau-de-bord")),
                new Scenario("Tableau de bord filtré", client -> get(base + "/tableau-de-bord?os=" + os
                        + "&priorite=" + priority + "&odd=3")),
                new Scenario("Page du plan", client -> get(base)),
                new Scenario("Fiche d’une action", client -> get(base + "/elements/" + actions.get(actions.size() / 2))),
                new Scenario("Mes actions", client -> get("/mes-actions")),
                new Scenario("Suivi financier de l’année", client -> get(base + "/suivi-financier?annee=2026")),
                new Scenario("PST publié (anonyme)", client -> get(published), true),
                new Scenario("Élément du PST publié (anonyme)", client -> get(published + "/elements/"
                        + actions.get((client * 37) % actions.size())), true),
                // the % changes at every update, so that each one changes the action (and its version)
                new Scenario("Mise à jour mensuelle (POST)", client -> post(base + "/actions/" + posted[client]
                        + "/progress", "version=" + versions[client] + "&stateId=" + inProgress + "&percent="
                        + (1 + versions[client] % 98) + "&comment=" + enc("Mise à jour du banc d’essai")
                        + "&back=fiche")));

        List<Result> results = new ArrayList<>();
        for (int clients : CLIENTS) {
            for (Scenario scenario : scenarios) {
                boolean posting = scenario.name().contains("POST");
                run(scenario, clients, WARM_UP, posting ? versions : null);
                results.add(run(scenario, clients, MEASURE, posting ? versions : null));
            }
        }
        Result soak = run(scenarios.get(1), 32, SOAK, null);
        Result publicSoak = run(scenarios.stream().filter(s -> s.name().startsWith("PST publié")).findFirst()
                .orElseThrow(), 64, SOAK, null);
        // the DF's exports of the whole plan, one person at a time: the time each takes
        jdbc.sql("update organisation set ins_code = '92141' where id = (select organisation_id from plan where id = ?)")
                .param(planId).update();
        // the evaluation of the large plan, opened as the DG, for its report to the council
        http.send(post(base + "/evaluations", "year=2026&kind=ANNUAL"), HttpResponse.BodyHandlers.discarding());
        long evaluation = jdbc.sql("select id from evaluation where plan_id = ?").param(planId).query(Long.class)
                .single();
        List<Timing> timings = List.of(
                time("Rapport d’évaluation au Conseil en PDF", get(base + "/evaluations/" + evaluation + "/rapport.pdf")),
                time("Rapport d’évaluation au Conseil en DOCX",
                        get(base + "/evaluations/" + evaluation + "/rapport.docx")),
                time("Export XLSX du suivi financier (mandature)", get(base + "/suivi-financier.xlsx")),
                time("Export eComptes (XML, exercice 2026)", get(base + "/suivi-financier/ecomptes.xml?exercice=2026")),
                time("Rapport financier du DF en PDF (mi-mandature)",
                        get(base + "/suivi-financier/rapport.pdf?annee=2026&type=mi-mandature")),
                // signed in: drawn at each request, never from the answers kept for visitors
                time("PST publié en PDF", get(published + "/pst.pdf")),
                time("PST publié en DOCX", get(published + "/pst.docx")));
        write(results, soak, publicSoak, timings);
        assertThat(soak.errors()).as("errors under 32 clients for " + SOAK.toSeconds() + " s").isZero();
        assertThat(publicSoak.errors()).as("public errors under 64 clients for " + SOAK.toSeconds() + " s").isZero();
    }

    /** A document produced on demand: the slowest and the median of a few runs after a first one, and its size. */
    private record Timing(String name, double medianMs, double maxMs, long bytes) {
    }

    private Timing time(String name, HttpRequest request) throws Exception {
        http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long[] durations = new long[5];
        long bytes = 0;
        for (int i = 0; i < durations.length; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            durations[i] = System.nanoTime() - start;
            assertThat(response.statusCode()).as(name).isEqualTo(200);
            bytes = response.body().length;
        }
        Arrays.sort(durations);
        return new Timing(name, durations[durations.length / 2] / 1e6, durations[durations.length - 1] / 1e6, bytes);
    }

    private Result run(Scenario scenario, int clients, Duration duration, long[] versions) throws Exception {
        List<long[]> latencies = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        long deadline = System.nanoTime() + duration.toNanos();
        for (int c = 0; c < clients; c++) {
            int client = c;
            long[] mine = new long[2_000_000];
            latencies.add(mine);
            Thread thread = new Thread(() -> {
                int n = 0;
                try {
                    while (System.nanoTime() < deadline && n < mine.length - 1) {
                        long start = System.nanoTime();
                        try {
                            HttpResponse<byte[]> response = (scenario.anonymous() ? visitor : http).send(
                                    scenario.request().apply(client),
                                    HttpResponse.BodyHandlers.ofByteArray());
                            boolean ok = versions == null ? response.statusCode() == 200
                                    : response.statusCode() == 302;
                            if (ok && versions != null) {
                                versions[client]++;
                            }
                            if (!ok && errors.incrementAndGet() == 1) {
                                System.out.println("First error of " + scenario.name() + ": HTTP "
                                        + response.statusCode());
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        }
                        mine[++n] = System.nanoTime() - start;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    mine[0] = n;
                    done.countDown();
                }
            });
            thread.start();
        }
        done.await();
        long total = latencies.stream().mapToLong(values -> values[0]).sum();
        long[] all = new long[(int) total];
        int i = 0;
        for (long[] values : latencies) {
            System.arraycopy(values, 1, all, i, (int) values[0]);
            i += (int) values[0];
        }
        Arrays.sort(all);
        return new Result(scenario.name(), clients, total, errors.get(), total / (double) duration.toSeconds(),
                percentile(all, 50), percentile(all, 95), percentile(all, 99));
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }

    private void signIn() throws Exception {
        http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String login = http.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> signedIn = http.send(post("/login", "username=dg&password=demo&_csrf="
                + enc(token(login))), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        // the session's token, for the POSTs (the sign-in gave a new one)
        csrf = token(http.send(get("/mes-actions"), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static String token(String page) {
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        return matcher.group(1);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
    }

    private HttpRequest post(String path, String form) {
        String body = csrf == null ? form : form + "&_csrf=" + enc(csrf);
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private void write(List<Result> results, Result soak, Result publicSoak, List<Timing> timings)
            throws IOException {
        StringBuilder out = new StringBuilder(START).append("\n\n");
        out.append("Mesuré le ").append(LocalDate.now()).append(" sur : ").append(machine()).append(".\n\n");
        out.append("Plan de synthèse `SyntheticPlan.LARGE` (2 volets, 8 OS, 60 OO, 1 000 actions, 12 000 entrées de ")
                .append("journal, 400 indicateurs et 4 000 valeurs, 1 500 lignes budgétaires). Chaque mesure dure ")
                .append(MEASURE.toSeconds()).append(" s après ").append(WARM_UP.toSeconds())
                .append(" s de mise en route ; débit en requêtes par seconde, latences en millisecondes ; ")
                .append("« × réf. » est le rapport du débit à celui de la page triviale au même nombre de clients.\n\n");
        out.append("| page | clients | requêtes | erreurs | débit (req/s) | × réf. | p50 | p95 | p99 |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result result : results) {
            Result reference = results.stream().filter(r -> r.clients() == result.clients()).findFirst().orElseThrow();
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %.2f | %.1f | %.1f | %.1f |%n",
                    result.scenario(), result.clients(), result.requests(), result.errors(), result.throughput(),
                    result.throughput() / reference.throughput(), result.p50(), result.p95(), result.p99()));
        }
        Result reference8 = find(results, "Page triviale (référence)", 8);
        out.append("\nCibles (2 cœurs, plan de 1 000 actions) :\n\n");
        target(out, find(results, "Tableau de bord", 8), reference8, 0.30, 100);
        target(out, find(results, "Fiche d’une action", 8), reference8, 0.30, 150);
        target(out, find(results, "Page du plan", 8), reference8, 0.20, 150);
        target(out, find(results, "Mes actions", 8), reference8, 0.30, 0);
        out.append(String.format(Locale.ROOT,
                "- aucune erreur sous 32 clients pendant %d s (tableau de bord) : %d requêtes, %d erreurs — %s%n",
                SOAK.toSeconds(), soak.requests(), soak.errors(), soak.errors() == 0 ? "atteint" : "manqué"));
        Result reference32 = find(results, "Page triviale (référence)", 32);
        for (String name : List.of("PST publié (anonyme)", "Élément du PST publié (anonyme)")) {
            Result page = find(results, name, 32);
            double ratio = page.throughput() / reference32.throughput();
            out.append(String.format(Locale.ROOT, "- %s, débit au moins 50 %% de la page triviale (32 clients) : "
                    + "%.0f %% — %s%n", name, ratio * 100, ratio >= 0.5 ? "atteint" : "manqué"));
        }
        out.append(String.format(Locale.ROOT,
                "- aucune erreur sous 64 clients pendant %d s (PST publié, anonyme) : %d requêtes, %d erreurs, "
                        + "p95 %.1f ms — %s%n", SOAK.toSeconds(), publicSoak.requests(), publicSoak.errors(),
                publicSoak.p95(), publicSoak.errors() == 0 ? "atteint" : "manqué"));
        out.append("\nDocuments du plan de 1 000 actions, une personne à la fois (5 mesures après une première) :\n\n");
        out.append("| document | médiane (ms) | plus lente (ms) | taille (ko) | cible |\n|---|---:|---:|---:|---|\n");
        for (Timing timing : timings) {
            // the issues' targets: 2 s for the DF's exports, 5 s for the evaluation's report
            long target = timing.name().contains("évaluation") ? 5000 : timing.name().contains("DF") ? 0 : 2000;
            out.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %d | %s |%n", timing.name(), timing.medianMs(),
                    timing.maxMs(), timing.bytes() / 1024, target == 0 ? "—" : String.format(Locale.ROOT,
                            "%d s : %s", target / 1000, timing.maxMs() <= target ? "atteint" : "manqué")));
        }
        out.append("\n").append(END);
        String document = Files.exists(OUTPUT) ? Files.readString(OUTPUT) : START + "\n" + END + "\n";
        int from = document.indexOf(START);
        int to = document.indexOf(END);
        String updated = from < 0 || to < 0 ? document + "\n" + out + "\n"
                : document.substring(0, from) + out + document.substring(to + END.length());
        Files.writeString(OUTPUT, updated);
        System.out.println(out);
    }

    /** A page's targets at 8 clients: a share of the trivial page's throughput and, if given, a p95 in ms. */
    private static void target(StringBuilder out, Result page, Result reference, double share, double p95) {
        double ratio = page.throughput() / reference.throughput();
        out.append(String.format(Locale.ROOT, "- %s, débit au moins %.0f %% de la page triviale (8 clients) : "
                        + "%.0f %% — %s%n", page.scenario(), share * 100, ratio * 100, ratio >= share ? "atteint"
                        : String.format(Locale.ROOT, "manqué de %.0f points", (share - ratio) * 100)));
        if (p95 > 0) {
            out.append(String.format(Locale.ROOT, "- %s, p95 à 8 clients sous %.0f ms : %.1f ms — %s%n",
                    page.scenario(), p95, page.p95(), page.p95() < p95 ? "atteint"
                            : String.format(Locale.ROOT, "manqué de %.1f ms", page.p95() - p95)));
        }
    }

    private static Result find(List<Result> results, String scenario, int clients) {
        return results.stream().filter(r -> r.scenario().equals(scenario) && r.clients() == clients).findFirst()
                .orElseThrow();
    }

    private static String machine() {
        String cpu = "processeur inconnu";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .findFirst().map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse(cpu);
        } catch (IOException | RuntimeException unreadable) {
            // not Linux: the processor stays unnamed
        }
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() / (1024 * 1024 * 1024);
        return String.format(Locale.ROOT, "%d cœurs (%s), %d Gio de mémoire, %s %s, Java %s, PostgreSQL intégré, "
                        + "client et serveur sur la même machine (boucle locale)",
                Runtime.getRuntime().availableProcessors(), cpu, memory, System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("java.version"));
    }
}
