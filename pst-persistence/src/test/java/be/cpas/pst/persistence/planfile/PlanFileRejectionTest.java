package be.cpas.pst.persistence.planfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cpas.pst.persistence.testsupport.RealPostgres;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An invalid file changes nothing and lists every fault with its path, in French. */
@SpringBootTest
@RealPostgres
class PlanFileRejectionTest {

    @Autowired
    PlanImporter importer;
    @Autowired
    JdbcClient jdbc;

    private List<PlanFileException.Fault> faultsOf(String json) {
        long plansBefore = count("plan");
        long nodesBefore = count("plan_node");
        long organisationsBefore = count("organisation");
        PlanFileException refused = (PlanFileException) org.assertj.core.api.Assertions
                .catchThrowableOfType(PlanFileException.class,
                        () -> importer.importPlan(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(refused).as("the file should have been refused").isNotNull();
        assertThat(count("plan")).isEqualTo(plansBefore);
        assertThat(count("plan_node")).isEqualTo(nodesBefore);
        assertThat(count("organisation")).isEqualTo(organisationsBefore);
        return refused.faults();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void everyFaultIsReportedWithItsPathAndNothingIsStored() {
        List<PlanFileException.Fault> faults = faultsOf("""
                {"format": "pst-plan", "version": 1,
                 "organisation": {"nom": "CPAS de Nulle Part"},
                 "plan": {"titre": "PST", "debut": 2025, "fin": 2030, "statut": "adopte", "dateAdoption": "2025-02-31"},
                 "vocabulaires": {"priorites": [{"code": "P1", "libelle": "Urgent"}]},
                 "objectifs": [
                   {"code": "1", "intitule": "Être un CPAS …", "objectifsOperationnels": [
                     {"code": "1.1", "intitule": "Renforcer …", "actions": [
                       {"intitule": "Bonne action", "priorite": "P1", "echeance": "fin 2026"},
                       {"intitule": "", "priorite": "P1"},
                       {"intitule": "Action", "priorite": "P9", "avancement": 140, "odd": [18],
                        "debutPrevu": "31/12/2025"}
                     ]}
                   ]}
                 ]}
                """);

        assertThat(faults).extracting(PlanFileException.Fault::path).contains(
                "plan.dateAdoption",
                "objectifs[0].objectifsOperationnels[0].actions[1].intitule",
                "objectifs[0].objectifsOperationnels[0].actions[2].priorite",
                "objectifs[0].objectifsOperationnels[0].actions[2].avancement",
                "objectifs[0].objectifsOperationnels[0].actions[2].odd",
                "objectifs[0].objectifsOperationnels[0].actions[2].debutPrevu");
        assertThat(faults).filteredOn(f -> f.path().endsWith("actions[2].avancement")).singleElement()
                .extracting(PlanFileException.Fault::message).isEqualTo("L’avancement doit être compris entre 0 et 100 %.");
        assertThat(faults).filteredOn(f -> f.path().endsWith("actions[2].priorite")).singleElement()
                .extracting(PlanFileException.Fault::message).asString().contains("« P9 »");
    }

    @Test
    void aWrongTypeIsReportedWithItsPath() {
        List<PlanFileException.Fault> faults = faultsOf("""
                {"format": "pst-plan", "version": 1, "organisation": {"nom": "CPAS"},
                 "plan": {"titre": "PST", "debut": 2025, "fin": 2030},
                 "objectifs": [{"intitule": "OS", "objectifsOperationnels": [{"intitule": "OO", "actions": [
                    {"intitule": "A", "budget": [{"montant": "abc"}]}]}]}]}
                """);

        assertThat(faults).singleElement().satisfies(fault -> {
            assertThat(fault.path()).isEqualTo("objectifs[0].objectifsOperationnels[0].actions[0].budget[0].montant");
            assertThat(fault.message()).contains("un nombre");
        });
    }

    @Test
    void anUnknownFieldOrANodeAtTheWrongLevelIsRefused() {
        assertThat(faultsOf("""
                {"format": "pst-plan", "version": 1, "organisation": {"nom": "CPAS"},
                 "plan": {"titre": "PST", "debut": 2025, "fin": 2030, "couleur": "bleu"}}
                """)).extracting(PlanFileException.Fault::path).containsExactly("plan.couleur");
        assertThat(faultsOf("""
                {"format": "pst-plan", "version": 1, "organisation": {"nom": "CPAS"},
                 "plan": {"titre": "PST", "debut": 2025, "fin": 2030},
                 "objectifs": [{"intitule": "OS", "actions": [{"intitule": "action sans OO"}]}]}
                """)).extracting(PlanFileException.Fault::path).containsExactly("objectifs[0].actions");
    }

    @Test
    void somethingElseThanAPlanFileIsRefused() {
        assertThat(faultsOf("{\"format\": \"autre\"}")).extracting(PlanFileException.Fault::path)
                .containsExactly("format");
        assertThat(faultsOf("{ pas du json")).singleElement().extracting(PlanFileException.Fault::message)
                .asString().startsWith("JSON mal formé");
        assertThatThrownBy(() -> importer.importPlan("{\"format\":\"pst-plan\",\"version\":2}".getBytes()))
                .isInstanceOf(PlanFileException.class).hasMessageContaining("version");
    }

    @Test
    void aTextOverTheFormsLimitIsRefusedAsTheFormWouldRefuseIt() {
        String description = "x".repeat(20_001);
        List<PlanFileException.Fault> faults = faultsOf("""
                {"format": "pst-plan", "version": 1,
                 "organisation": {"nom": "CPAS de Nulle Part"},
                 "plan": {"titre": "PST", "debut": 2025, "fin": 2030, "statut": "brouillon"},
                 "objectifs": [{"code": "1", "intitule": "OS", "description": "%s", "objectifsOperationnels": [
                     {"code": "1.1", "intitule": "OO", "actions": [{"intitule": "A", "noteInterne": "%s"}]}]}]}
                """.formatted(description, "y".repeat(10_001)));

        assertThat(faults).extracting(PlanFileException.Fault::path, PlanFileException.Fault::message).contains(
                org.assertj.core.groups.Tuple.tuple("objectifs[0].description",
                        "Ce texte ne peut pas dépasser 20000 caractères."));
        assertThat(faults).anyMatch(fault -> fault.path().startsWith("objectifs[0].objectifsOperationnels[0]"
                + ".actions[0]") && fault.message().contains("10000"));
    }

    @Test
    void aDateFarOutsideTheMandateIsRefusedWithItsPath() {
        List<PlanFileException.Fault> faults = faultsOf("""
                {"format": "pst-plan", "version": 1,
                 "organisation": {"nom": "CPAS de Nulle Part"},
                 "plan": {"titre": "PST", "debut": 2025, "fin": 2030, "statut": "adopte", "dateAdoption": "1900-01-01"},
                 "objectifs": [{"code": "1", "intitule": "OS", "objectifsOperationnels": [
                     {"code": "1.1", "intitule": "OO", "actions": [
                       {"intitule": "Action", "debutPrevu": "1900-01-01", "finPrevue": "2026-12-31",
                        "etapes": [{"intitule": "Étape", "echeance": "fin 2099"}],
                        "indicateurs": [{"nom": "Dossiers", "sens": "hausse",
                                         "cible": {"valeur": 10, "date": "9999-12-31"}}]},
                       {"intitule": "Dans les années du plan", "debutPrevu": "2015-01-01", "echeance": "fin 2040"}
                     ]}]}]}
                """);

        String action = "objectifs[0].objectifsOperationnels[0].actions[0]";
        assertThat(faults).extracting(PlanFileException.Fault::path).containsExactlyInAnyOrder("plan.dateAdoption",
                action + ".debutPrevu", action + ".etapes[0].echeance", action + ".indicateurs[0].cible.date");
        assertThat(faults).filteredOn(f -> f.path().endsWith(".debutPrevu")).singleElement()
                .extracting(PlanFileException.Fault::message).asString().contains("entre 2015 et 2040");
    }

    @Test
    void aTextThatWouldShowBackwardsIsRefusedWithItsPath() {
        List<PlanFileException.Fault> faults = faultsOf("""
                {"format": "pst-plan", "version": 1, "organisation": {"nom": "CPAS"},
                 "plan": {"titre": "PST", "debut": 2025, "fin": 2030},
                 "objectifs": [{"intitule": "Facture \u202efdp.exe", "objectifsOperationnels": []}]}
                """);

        assertThat(faults).singleElement().satisfies(fault -> {
            assertThat(fault.path()).isEqualTo("objectifs[0].intitule");
            assertThat(fault.message()).contains("sens d’écriture");
        });
    }
}
