package be.cpas.pst.persistence.planfile;

import static org.assertj.core.api.Assertions.assertThat;

import be.cpas.pst.persistence.testsupport.RealPostgres;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The shipped sample plans import completely, and export gives back the same plan. */
@SpringBootTest
@RealPostgres
class SamplePlansImportTest {

    @Autowired
    PlanImporter importer;
    @Autowired
    PlanExporter exporter;
    @Autowired
    PlanFileCodec codec;
    @Autowired
    JdbcClient jdbc;

    private Map<String, Integer> countByKind(long planId) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        jdbc.sql("select kind, count(*) from plan_node where plan_id = ? group by kind").param(planId)
                .query((rs, row) -> counts.put(rs.getString(1), rs.getInt(2))).list();
        return counts;
    }

    @Test
    void laBruyereHasItsTwoObjectivesEightOperationalObjectivesAndThirtySevenActions() {
        long planId = importer.importPlan(SamplePlan.LA_BRUYERE.bytes()).planId();

        assertThat(countByKind(planId)).containsEntry("STRATEGIC_OBJECTIVE", 2)
                .containsEntry("OPERATIONAL_OBJECTIVE", 8).containsEntry("ACTION", 37)
                .doesNotContainKey("VOLET");
        assertThat(jdbc.sql("select string_agg(code, ',' order by position) from priority_level where plan_id = ?")
                .param(planId).query(String.class).single()).isEqualTo("P0,P1,P2,P3");
        // "Assurer la disponibilité d'un membre du personnel formé …" (P1): 70.000 € a year, surcoût 10.000 €
        var prevention = jdbc.sql("""
                select p.code, b.amount_min, b.recurrence, b.cost_basis from plan_node n
                join priority_level p on p.id = n.priority_id join budget_line b on b.node_id = n.id
                where n.plan_id = ? and n.title like 'Assurer la disponibilité d''un membre du personnel formé%'
                order by b.position""").param(planId)
                .query((rs, row) -> rs.getString(1) + " " + rs.getBigDecimal(2).intValue() + " " + rs.getString(3)
                        + " " + rs.getString(4)).list();
        assertThat(prevention).containsExactly("P1 70000 YEARLY TOTAL", "P1 10000 YEARLY EXTRA");
        // "Budget 2025 : 105.000€" on the housing maintenance action
        assertThat(jdbc.sql("""
                select b.budget_year from budget_line b join plan_node n on n.id = b.node_id
                where n.plan_id = ? and b.amount_min = 105000""").param(planId).query(Integer.class).single())
                .isEqualTo(2025);
        // a range: "5.000€ à 10.000€"
        assertThat(jdbc.sql("""
                select count(*) from budget_line b join plan_node n on n.id = b.node_id
                where n.plan_id = ? and b.amount_min = 5000 and b.amount_max = 10000""").param(planId)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void soumagneHasTwoVoletsAndItsSuspendedOperationalObjective() {
        long planId = importer.importPlan(SamplePlan.SOUMAGNE.bytes()).planId();

        assertThat(countByKind(planId)).containsEntry("VOLET", 2).containsEntry("STRATEGIC_OBJECTIVE", 8)
                .containsEntry("OPERATIONAL_OBJECTIVE", 28).containsEntry("ACTION", 37);
        var suspended = jdbc.sql("""
                select s.label, s.category, n.state_reason from plan_node n join progress_state s on s.id = n.state_id
                where n.plan_id = ? and n.code = '2.1.1'""").param(planId)
                .query((rs, row) -> rs.getString(1) + " | " + rs.getString(2) + " | " + rs.getString(3)).single();
        assertThat(suspended).isEqualTo("Suspendu | SUSPENDED | Mise en suspens, faute de possibilités de levier "
                + "activables actuellement.");
        assertThat(jdbc.sql("""
                select string_agg(s.title, ' / ' order by s.position) from plan_step s join plan_node n
                on n.id = s.node_id where n.plan_id = ? and n.code = '2.2.2.2'""").param(planId)
                .query(String.class).single()).isEqualTo("Étude technique / Appel d'offres / Installation progressive");
        assertThat(jdbc.sql("select scope from plan_node where plan_id = ? and kind = 'VOLET' order by position")
                .param(planId).query(String.class).list()).containsExactly("EXTERNAL", "INTERNAL");
    }

    @Test
    void anderluesHasItsSixtyEightProjectFichesWithEveryAttribute() {
        long planId = importer.importPlan(SamplePlan.ANDERLUES.bytes()).planId();

        assertThat(countByKind(planId)).containsEntry("STRATEGIC_OBJECTIVE", 5)
                .containsEntry("OPERATIONAL_OBJECTIVE", 24).containsEntry("PROJECT", 68);
        assertThat(jdbc.sql("select count(*) from political_objective where plan_id = ?").param(planId)
                .query(Integer.class).single()).isEqualTo(6);
        String fiche = jdbc.sql("""
                select n.scope || ' | ' || p.label || ' | ' || s.label || ' | ' || n.synergy_status || ' | '
                  || (select string_agg(sv.name, ', ' order by sv.position) from node_service ns
                      join service_unit sv on sv.id = ns.service_id where ns.node_id = n.id) || ' | '
                  || (select string_agg(pa.name, ', ' order by pa.position) from node_partner np
                      join partner pa on pa.id = np.partner_id where np.node_id = n.id) || ' | '
                  || (select string_agg(o.code, ', ') from node_political_objective no
                      join political_objective o on o.id = no.political_objective_id where no.node_id = n.id) || ' | '
                  || (select string_agg(e.enjeu_number::text, ', ') from node_enjeu e where e.node_id = n.id) || ' | '
                  || (select count(*) from node_risk r where r.node_id = n.id) || ' risques | '
                  || (select string_agg(i.name, ', ') from indicator i where i.node_id = n.id)
                from plan_node n join priority_level p on p.id = n.priority_id join progress_state s on s.id = n.state_id
                where n.plan_id = ? and n.title like 'Développement d''une pateforme inter CPAS%'""")
                .param(planId).query(String.class).single();
        assertThat(fiche).isEqualTo("EXTERNAL | Projet considéré prioritaire | En cours de réalisation | TO_CONSIDER | "
                + "Service Administratif, Service social (Tous), Social - Insertion | "
                + "CPAS BINCHE, CPAS GERPINNES, CPAS MONTIGNY LE TILLEUL, CPAS THUIN | OP 3 | 2 | 3 risques | "
                + "Nombre de remises au travail");
        assertThat(jdbc.sql("""
                select count(*) from plan_step s join plan_node n on n.id = s.node_id
                where n.plan_id = ? and n.title = 'Organisation du travail le week-end pour les aides familiales'""")
                .param(planId).query(Integer.class).single()).isEqualTo(10);
    }

    @ParameterizedTest
    @EnumSource(SamplePlan.class)
    void exportThenImportGivesBackTheSamePlan(SamplePlan sample) {
        long first = importer.importPlan(sample.bytes()).planId();
        byte[] exported = exporter.exportPlan(first);
        long second = importer.importPlan(exported).planId();
        byte[] exportedAgain = exporter.exportPlan(second);

        JsonNode once = codec.tree(exported);
        assertThat(codec.tree(exportedAgain)).isEqualTo(once);
        assertThat(countByKind(second)).isEqualTo(countByKind(first));
        // nothing of the shipped file is lost: every value it gives is in the export, unchanged
        assertThat(missingFrom(codec.tree(sample.bytes()), once, "")).isEmpty();
    }

    @Test
    void whatTheAccountingAsksForAndSendsTravelsWithThePlan() {
        byte[] file = """
                {"format": "pst-plan", "version": 1, "organisation": {"nom": "CPAS de l’aller-retour"},
                 "plan": {"titre": "PST", "debut": 2025, "fin": 2030},
                 "vocabulaires": {"personnes": [{"nom": "Marie Dupont", "civilite": "madame", "prenom": "Marie",
                                                 "nomDeFamille": "Dupont", "telephone": "071 12 34 56"}]},
                 "objectifs": [{"code": "1", "intitule": "OS", "objectifsOperationnels": [
                   {"code": "1.1", "intitule": "OO", "actions": [
                     {"code": "1.1.1", "intitule": "Action", "responsable": "Marie Dupont", "projections": [
                       {"exercice": 2027, "service": "ordinaire", "type": "depense", "groupe": "12",
                        "libelle": "Fonctionnement", "montant": 3300.00},
                       {"exercice": 2028, "service": "extraordinaire", "type": "recette", "groupe": "66",
                        "montant": 1500.50}]}]}]}]}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8);

        long first = importer.importPlan(file).planId();
        byte[] exported = exporter.exportPlan(first);

        assertThat(missingFrom(codec.tree(file), codec.tree(exported), "")).isEmpty();
        assertThat(codec.tree(exporter.exportPlan(importer.importPlan(exported).planId())))
                .isEqualTo(codec.tree(exported));
    }

    /** The paths of the values of {@code expected} that {@code actual} lacks or changes (extra keys are fine). */
    private static java.util.List<String> missingFrom(JsonNode expected, JsonNode actual, String path) {
        java.util.List<String> missing = new java.util.ArrayList<>();
        if (actual == null || actual.isMissingNode() || actual.isNull()) {
            missing.add(path);
        } else if (expected.isObject()) {
            for (var entry : expected.properties()) {
                missing.addAll(missingFrom(entry.getValue(), actual.get(entry.getKey()), path + "." + entry.getKey()));
            }
        } else if (expected.isArray()) {
            if (actual.size() != expected.size()) {
                missing.add(path + " (" + expected.size() + " elements, " + actual.size() + " exported)");
            } else {
                for (int i = 0; i < expected.size(); i++) {
                    missing.addAll(missingFrom(expected.get(i), actual.get(i), path + "[" + i + "]"));
                }
            }
        } else if (expected.isNumber() ? expected.decimalValue().compareTo(actual.decimalValue()) != 0
                : !expected.equals(actual)) {
            missing.add(path + " (" + expected + " became " + actual + ")");
        }
        return missing;
    }
}
