package be.cpas.pst.web.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.cpas.pst.persistence.planfile.PlanImporter;
import be.cpas.pst.persistence.testsupport.RealPostgres;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The DG's path from a draft to a published PST, through the pages: the adoption kept as an immutable version with
 * its deliberation, minor changes, published progress, what the public sees and when it changes; bad input refused
 * in French with nothing stored.
 */
@SpringBootTest(properties = "pst.demo=true")
@AutoConfigureMockMvc
@RealPostgres
class PublicationFlowTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final byte[] PDF = "%PDF-1.4\n% délibération\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanImporter importer;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    private long planId;
    private final String today = LocalDate.now().format(DAY);

    @BeforeEach
    void draftPlan() {
        planId = importer.importPlan(("""
                {"format": "pst-plan", "version": 1, "organisation": {"nom": "CPAS de La Bruyère"},
                 "plan": {"titre": "PST à adopter %d", "debut": 2025, "fin": 2030, "statut": "brouillon"},
                 "vocabulaires": {"etats": [{"libelle": "En cours", "categorie": "en-cours"}]},
                 "objectifs": [{"code": "1", "intitule": "Objectif adopté", "objectifsOperationnels": [
                    {"code": "1.1", "intitule": "OO adopté", "actions": [
                       {"intitule": "Action telle qu’adoptée", "etat": "En cours", "avancement": 20,
                        "echeance": "fin 2027"}]}]}]}
                """).formatted(System.nanoTime()).getBytes(StandardCharsets.UTF_8)).planId();
    }

    @Test
    void theAdoptionOfADraftIsKeptAsVersionOneWithItsDeliberationAndNeverChanges() throws Exception {
        MockHttpServletResponse adopted = dg(MockMvcRequestBuilders.multipart("/plans/" + planId + "/versions")
                .file(new MockMultipartFile("pdf", "délibération 2026-014.pdf", "application/pdf", PDF))
                .param("number", "1").param("decidedOn", today).param("deliberation", "n° 2026/014")
                .param("summary", "Première adoption"));

        assertThat(adopted.getRedirectedUrl()).isEqualTo("/plans/" + planId + "/versions/1");
        assertThat(jdbc.sql("select status from plan where id = ?").param(planId).query(String.class).single())
                .isEqualTo("ADOPTED");
        assertThat(jdbc.sql("select content from plan_version where plan_id = ? and number = 1").param(planId)
                .query(String.class).single()).contains("Action telle qu’adoptée", "\"identifiant\"");
        MockHttpServletResponse pdf = read("/plans/" + planId + "/versions/1/deliberation.pdf", "conseiller");
        assertThat(pdf.getContentAsByteArray()).isEqualTo(PDF);
        assertThat(read("/plans/" + planId + "/versions/1", "conseiller").getContentAsString(StandardCharsets.UTF_8))
                .contains("Version 1", "n° 2026/014", "Action telle qu’adoptée");
        assertThatThrownBy(() -> jdbc.sql("update plan_version set deliberation = 'autre' where plan_id = ?")
                .param(planId).update()).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("never changed");
    }

    @Test
    void badInputIsRefusedInFrenchAndNothingIsRecorded() throws Exception {
        String future = LocalDate.now().plusDays(3).format(DAY);
        assertRefused(adopt("1", future, "n° 1", null), "La date ne peut pas être dans le futur.");
        assertRefused(adopt("1", today, " ", null), "Indiquez la référence de la délibération du Conseil.");
        assertRefused(adopt("1", "31/02/2026", "n° 1", null), "Date invalide : utilisez le format jj/mm/aaaa.");
        assertRefused(adopt("1", today, "n° 1", new MockMultipartFile("pdf", "x.pdf", "application/pdf",
                "pas un pdf".getBytes(StandardCharsets.UTF_8))), "Le fichier joint n’est pas un PDF.");
        // the page offered version 1, and meanwhile… nothing: a stale number is refused all the same
        assertRefused(adopt("2", today, "n° 1", null), "Une autre version vient d’être enregistrée");
        assertRefused(dg(MockMvcRequestBuilders.post("/plans/" + planId + "/versions/mineures")
                        .param("number", "1").param("decidedOn", today).param("summary", "Petite correction")),
                "Enregistrez d’abord l’adoption du plan par le Conseil.");
        assertRefused(dg(MockMvcRequestBuilders.post("/plans/" + planId + "/publication/avancement")
                .param("asOf", today)), "l’avancement se publie avec une version adoptée");
        assertThat(jdbc.sql("select count(*) from plan_version where plan_id = ?").param(planId).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("select status from plan where id = ?").param(planId).query(String.class).single())
                .isEqualTo("DRAFT");
        assertThat(read("/pst/" + planId, null).getStatus()).isEqualTo(404);
        // an address no plan can have is not found either, never a server error
        assertThat(read("/pst/99999999999999999999", null).getStatus()).isLessThan(500);
        assertThat(read("/pst/99999999999999999999/elements/1", null).getStatus()).isLessThan(500);
    }

    @Test
    void thePublicSeesTheAdoptedVersionWithThePublishedProgressUntilTheDgPublishesAgain() throws Exception {
        adopt("1", today, "n° 2026/020", null);
        // a minor change after the adoption: recorded as version 2, reported to the council, not public
        jdbc.sql("update plan_node set title = 'Action précisée après l’adoption' where plan_id = ? and kind = 'ACTION'")
                .param(planId).update();
        assertThat(dg(MockMvcRequestBuilders.post("/plans/" + planId + "/versions/mineures").param("number", "2")
                .param("decidedOn", today).param("summary", "Intitulé précisé")).getRedirectedUrl())
                .isEqualTo("/plans/" + planId + "/versions/2");

        MockHttpServletResponse first = read("/pst/" + planId, null);
        String page = first.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Action telle qu’adoptée", "Version 1, adoptée par le Conseil de l’Action Sociale",
                "L’état d’avancement n’est pas encore publié.").doesNotContain("Action précisée");
        assertThat(first.getHeader("Cache-Control")).contains("public", "max-age=300");
        assertThat(first.getHeader("Set-Cookie")).isNull();
        String etag = first.getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.getHeader("Last-Modified")).isNotBlank();
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/pst/" + planId).header("If-None-Match", etag))
                .andReturn().getResponse().getStatus()).isEqualTo(304);

        assertThat(dg(MockMvcRequestBuilders.post("/plans/" + planId + "/publication/avancement")
                .param("asOf", today)).getStatus()).isEqualTo(302);
        MockHttpServletResponse after = mvc.perform(MockMvcRequestBuilders.get("/pst/" + planId)
                .header("If-None-Match", etag)).andReturn().getResponse();
        assertThat(after.getStatus()).isEqualTo(200);
        assertThat(after.getHeader("ETag")).isNotEqualTo(etag);
        assertThat(after.getContentAsString(StandardCharsets.UTF_8)).contains("État d’avancement au " + today,
                "En cours", "20 %");

        String differences = read("/plans/" + planId + "/differences?de=1&a=2", "conseiller")
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(differences).contains("De la version 1 à la version 2", "Action telle qu’adoptée",
                "Action précisée après l’adoption");

        // the minor change is reported to the council with the year's evaluation
        dg(MockMvcRequestBuilders.post("/plans/" + planId + "/evaluations")
                .param("year", String.valueOf(LocalDate.now().getYear())).param("kind", "ANNUAL"));
        long evaluation = jdbc.sql("select id from evaluation where plan_id = ?").param(planId).query(Long.class)
                .single();
        assertThat(read("/plans/" + planId + "/evaluations/" + evaluation + "/rapport", "dg")
                .getContentAsString(StandardCharsets.UTF_8)).contains("Modifications mineures depuis la dernière "
                + "évaluation", "Version 2, enregistrée le " + today + " : Intitulé précisé");
    }

    @Test
    void aSignedInReaderIsNotServedFromASharedCache() throws Exception {
        adopt("1", today, "n° 2026/021", null);
        MockHttpServletResponse response = read("/pst/" + planId, "agent");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Cache-Control")).contains("private").doesNotContain("public");
        assertThat(read("/", "agent").getRedirectedUrl()).isEqualTo("/mes-actions");
    }

    private MockHttpServletResponse adopt(String number, String day, String deliberation, MockMultipartFile pdf)
            throws Exception {
        var request = MockMvcRequestBuilders.multipart("/plans/" + planId + "/versions").param("number", number)
                .param("decidedOn", day).param("deliberation", deliberation);
        if (pdf != null) {
            request.file(pdf);
        }
        return dg(request);
    }

    private static void assertRefused(MockHttpServletResponse response, String message) throws Exception {
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains(message);
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> MockHttpServletResponse dg(B request)
            throws Exception {
        return mvc.perform(request.with(csrf()).with(user(users.loadUserByUsername("dg")))).andReturn().getResponse();
    }

    private MockHttpServletResponse read(String path, String visitor) throws Exception {
        var request = MockMvcRequestBuilders.get(path);
        if (visitor != null) {
            request.with(user(users.loadUserByUsername(visitor)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
