package be.cpas.pst.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import be.cpas.pst.persistence.planfile.PlanImporter;
import be.cpas.pst.persistence.testsupport.RealPostgres;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A real plan whose dated échéances are all on its étapes ("fin 2019", "janvier 2020 - Rapport au Conseil"): an
 * action with a past étape not ticked is late on the dashboard, which says which étape, and its fiche flags the étape;
 * a ticked étape, or one still to come, makes nothing late.
 */
@SpringBootTest(properties = "pst.demo=true")
@AutoConfigureMockMvc
@RealPostgres
class LateStepsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    PlanImporter importer;

    private long planId;

    @BeforeEach
    void plan() {
        planId = importer.importPlan("""
                {"format": "pst-plan", "version": 1, "organisation": {"nom": "CPAS de La Bruyère"},
                 "plan": {"titre": "PST aux étapes datées", "debut": 2019, "fin": 2030, "statut": "brouillon"},
                 "vocabulaires": {"etats": [{"libelle": "En cours", "categorie": "en-cours"}],
                                  "personnes": [{"nom": "Marie Dupont"}]},
                 "objectifs": [{"code": "1", "intitule": "OS", "objectifsOperationnels": [
                   {"code": "1.1", "intitule": "OO", "actions": [
                     {"code": "1.1.1", "intitule": "Règlement d’ordre intérieur", "etat": "En cours",
                      "responsable": "Marie Dupont", "etapes": [
                        {"intitule": "Rédaction", "echeance": "fin 2019", "faite": true},
                        {"intitule": "Rapport au Conseil", "echeance": "janvier 2020 - Rapport au Conseil"}]},
                     {"code": "1.1.2", "intitule": "Étapes à venir", "etat": "En cours", "etapes": [
                        {"intitule": "Plus tard", "echeance": "fin 2030"}]}]}]}]}
                """.getBytes(StandardCharsets.UTF_8)).planId();
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(users.loadUserByUsername("dg")))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void anActionWithAPastEtapeIsLateAndTheDashboardSaysWhichEtape() throws Exception {
        Document dashboard = page("/plans/" + planId + "/tableau-de-bord");

        String late = dashboard.select(".decision:has(h3:containsOwn(En retard)) li").text();
        assertThat(late).contains("1.1.1 Règlement d’ordre intérieur",
                "étape « Rapport au Conseil » échue le 31/01/2020", "responsable : Marie Dupont")
                .doesNotContain("Étapes à venir");

        Document list = page("/plans/" + planId + "/tableau-de-bord/liste/late");
        assertThat(list.select("tbody tr")).hasSize(1);
    }

    @Test
    void theFicheFlagsTheLateEtapeAndReadsItsDate() throws Exception {
        long action = Long.parseLong(page("/plans/" + planId).select("a:containsOwn(Règlement d’ordre intérieur)")
                .attr("href").replaceAll(".*/elements/(\\d+).*", "$1"));

        Document fiche = page("/plans/" + planId + "/elements/" + action);

        String steps = fiche.select("#etapes li").eachText().toString();
        assertThat(steps).contains("Rapport au Conseil", "au plus tard le 31/01/2020", "En retard");
        assertThat(fiche.select("#etapes li:has(span:containsOwn(Rédaction)) .badge--late")).isEmpty();
        assertThat(fiche.select("#etapes .field-error")).as("every échéance understood").isEmpty();
    }
}
