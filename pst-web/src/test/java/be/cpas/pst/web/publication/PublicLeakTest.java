package be.cpas.pst.web.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.cpas.pst.persistence.planfile.PlanImporter;
import be.cpas.pst.persistence.testsupport.RealPostgres;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A distinctive marker in every field that is never public — internal note, journal comment, budget comment and
 * original text, the budget's yearly follow-up, risks, the reason of a state, measured values' comments and authors,
 * persons' names (not published by default), an element kept private, a draft plan, a working change not yet
 * adopted, an evaluation in preparation — and every public address read as an anonymous visitor and as a council
 * member: pages, search, PDF and DOCX text, JSON, CSV. Not one marker; the public content itself is there.
 */
@SpringBootTest(properties = "pst.demo=true")
@AutoConfigureMockMvc
@RealPostgres
class PublicLeakTest {

    private static final List<String> MARKERS = List.of("FUITE-NOTE", "FUITE-JOURNAL", "FUITE-BUDGET",
            "FUITE-TEXTE-BUDGET", "FUITE-RISQUE", "FUITE-MOTIF", "FUITE-MESURE", "FUITE-AUTEUR", "FUITE-PILOTE",
            "FUITE-RESPONSABLE", "FUITE-PERSONNE", "FUITE-PRIVE", "FUITE-BROUILLON", "FUITE-TRAVAIL",
            "FUITE-EVALUATION", "777777");

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanImporter importer;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    private long planId;
    private long draftId;

    @BeforeEach
    void plantMarkersAdoptAndPublish() throws Exception {
        long stamp = System.nanoTime();
        planId = importer.importPlan(("""
                {"format": "pst-plan", "version": 1, "organisation": {"nom": "CPAS de La Bruyère"},
                 "plan": {"titre": "PST de la fuite %d", "debut": 2025, "fin": 2030, "statut": "brouillon"},
                 "vocabulaires": {"services": ["Service social"],
                   "etats": [{"libelle": "En cours", "categorie": "en-cours"},
                             {"libelle": "Suspendu", "categorie": "suspendu"}],
                   "personnes": [{"nom": "FUITE-PILOTE Dupont"}, {"nom": "FUITE-RESPONSABLE Durand"},
                                 {"nom": "FUITE-PERSONNE Martin"}]},
                 "objectifs": [{"code": "1", "intitule": "Objectif public de la fuite", "objectifsOperationnels": [
                    {"code": "1.1", "intitule": "OO public de la fuite", "noteInterne": "FUITE-NOTE de l’OO",
                     "risques": ["FUITE-RISQUE de l’OO"], "actions": [
                       {"intitule": "Action publique de la fuite", "etat": "Suspendu",
                        "motifEtat": "FUITE-MOTIF de la suspension", "avancement": 40,
                        "pilote": "FUITE-PILOTE Dupont", "responsable": "FUITE-RESPONSABLE Durand",
                        "services": ["Service social"], "noteInterne": "FUITE-NOTE de l’action",
                        "risques": ["FUITE-RISQUE de l’action"],
                        "etapes": [{"intitule": "Étape publique", "qui": "FUITE-PERSONNE Martin"}],
                        "indicateurs": [{"nom": "Indicateur public", "unite": "nombre",
                          "reference": {"valeur": 1}, "cible": {"valeur": 10},
                          "valeurs": [{"date": "2026-01-15", "valeur": 4, "commentaire": "FUITE-MESURE janvier",
                                       "auteur": "FUITE-AUTEUR"}]}],
                        "budget": [{"montant": 1200, "annee": 2026, "commentaire": "FUITE-BUDGET du DF",
                                    "texte": "FUITE-TEXTE-BUDGET", "suivi": [{"annee": 2026, "inscrit": 777777}]}],
                        "journal": [{"date": "2026-02-01", "auteur": "FUITE-AUTEUR", "etat": "En cours",
                                     "avancement": 30, "commentaire": "FUITE-JOURNAL du mois"}]}]},
                    {"code": "1.2", "intitule": "FUITE-PRIVE objectif gardé hors du PST", "actions": [
                       {"intitule": "FUITE-PRIVE action sous l’objectif privé"}]}]}],
                 "evaluations": [{"annee": 2026, "type": "annuelle", "revueSynergies": "FUITE-EVALUATION synergies",
                                  "elements": [{"code": "1.1", "appreciation": "FUITE-EVALUATION appréciation"}]}]}
                """).formatted(stamp).getBytes(StandardCharsets.UTF_8)).planId();
        long privateId = jdbc.sql("select id from plan_node where plan_id = ? and code = '1.2'").param(planId)
                .query(Long.class).single();
        long planVersion = jdbc.sql("select version from plan where id = ?").param(planId).query(Long.class).single();
        // the DG keeps 1.2 out and publishes the default parts (no persons, no amounts), then records the adoption
        assertThat(dg(MockMvcRequestBuilders.post("/plans/" + planId + "/publication")
                .param("version", String.valueOf(planVersion)).param("context", "true").param("swot", "true")
                .param("indicators", "true").param("progress", "true").param("licence", "CC BY 4.0")
                .param("keptPrivate", String.valueOf(privateId))).getStatus()).isEqualTo(302);
        String today = LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(dg(MockMvcRequestBuilders.multipart("/plans/" + planId + "/versions").param("number", "1")
                .param("decidedOn", today).param("deliberation", "n° 2026/001")).getStatus()).isEqualTo(302);
        assertThat(dg(MockMvcRequestBuilders.post("/plans/" + planId + "/publication/avancement")
                .param("asOf", today)).getStatus()).isEqualTo(302);
        // a working change made after the adoption, and a draft plan
        jdbc.sql("update plan_node set title = 'FUITE-TRAVAIL titre changé' where plan_id = ? and code = '1'")
                .param(planId).update();
        draftId = importer.importPlan(("""
                {"format": "pst-plan", "version": 1, "organisation": {"nom": "CPAS de La Bruyère"},
                 "plan": {"titre": "FUITE-BROUILLON %d", "debut": 2031, "fin": 2036, "statut": "brouillon"}}
                """).formatted(stamp).getBytes(StandardCharsets.UTF_8)).planId();
    }

    @Test
    void noPublicAddressHoldsAMarkerForAVisitorOrACouncilMember() throws Exception {
        List<String> paths = new ArrayList<>(List.of("/", "/pst", "/pst/" + planId, "/pst/" + planId + "/contexte",
                "/pst/" + planId + "?q=FUITE", "/pst/" + planId + "?q=action", "/pst/" + planId + "/donnees.json",
                "/pst/" + planId + "/donnees.csv", "/pst/" + draftId, "/accessibilite"));
        jdbc.sql("select id from plan_node where plan_id = ?").param(planId).query(Long.class).list()
                .forEach(id -> paths.add("/pst/" + planId + "/elements/" + id));
        int read = 0;
        for (String visitor : new String[] {null, "conseiller"}) {
            for (String path : paths) {
                String text = read(path, visitor).getContentAsString(StandardCharsets.UTF_8);
                assertThat(text).as(path + " as " + visitor).doesNotContain(MARKERS);
                read++;
            }
            String pdf = pdfText(read("/pst/" + planId + "/pst.pdf", visitor));
            String docx = docxText(read("/pst/" + planId + "/pst.docx", visitor));
            assertThat(pdf).as("PDF").contains("Action publique de la fuite").doesNotContain(MARKERS);
            assertThat(docx).as("DOCX").contains("Action publique de la fuite").doesNotContain(MARKERS);
        }
        assertThat(read).isGreaterThan(20);
        String page = read("/pst/" + planId, null).getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).as("the public content itself is there").contains("Objectif public de la fuite",
                "Action publique de la fuite", "Suspendu");
        long actionId = jdbc.sql("select id from plan_node where plan_id = ? and kind = 'ACTION' and code is null "
                + "and title like 'Action publique%'").param(planId).query(Long.class).single();
        assertThat(read("/pst/" + planId + "/elements/" + actionId, null).getContentAsString(StandardCharsets.UTF_8))
                .contains("Service social", "Indicateur public", "Étape publique", "40",
                        "Graphique de l’indicateur Indicateur public : valeur de départ 1, dernière valeur publiée 4");
        String json = read("/pst/" + planId + "/donnees.json", null).getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"format\" : \"pst-plan\"", "Indicateur public");
        assertThat(read("/pst/" + draftId, null).getStatus()).isEqualTo(404);
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> MockHttpServletResponse dg(B request)
            throws Exception {
        return mvc.perform(request.with(csrf()).with(user(users.loadUserByUsername("dg")))).andReturn().getResponse();
    }

    private MockHttpServletResponse read(String path, String visitor) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(path);
        if (visitor != null) {
            request.with(user(users.loadUserByUsername(visitor)));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isIn(200, 302, 404);
        return response;
    }

    private static String pdfText(MockHttpServletResponse response) throws Exception {
        try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String docxText(MockHttpServletResponse response) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }
}
