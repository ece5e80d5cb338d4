package be.cpas.pst.persistence.planfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cpas.pst.domain.planfile.PlanFileException;
import be.cpas.pst.persistence.testsupport.RealPostgres;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An invalid file changes nothing and lists every fault with its path and its message key, resolved in French. */
@SpringBootTest
@RealPostgres
class PlanFileRejectionTest {

    @Autowired
    PlanImporter importer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;

    /** A fault as the person who imports the file reads it: where, what (in French), and the key it was built from. */
    record Refusal(String path, String message, String key) {
    }

    private List<Refusal> faultsOf(String json) {
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
        // a key missing from the messages fails here (no default message)
        return refused.faults().stream().map(fault -> new Refusal(fault.path(),
                messages.getMessage(fault, Locale.forLanguageTag("fr-BE")), fault.key())).toList();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void everyFaultIsReportedWithItsPathAndNothingIsStored() {
        List<Refusal> faults = faultsOf("""
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

        assertThat(faults).extracting(Refusal::path).contains(
                "plan.dateAdoption",
                "objectifs[0].objectifsOperationnels[0].actions[1].intitule",
                "objectifs[0].objectifsOperationnels[0].actions[2].priorite",
                "objectifs[0].objectifsOperationnels[0].actions[2].avancement",
                "objectifs[0].objectifsOperationnels[0].actions[2].odd",
                "objectifs[0].objectifsOperationnels[0].actions[2].debutPrevu");
        assertThat(faults).filteredOn(f -> f.path().endsWith("actions[2].avancement")).singleElement()
                .extracting(Refusal::message).isEqualTo("L’avancement doit être compris entre 0 et 100 %.");
        assertThat(faults).filteredOn(f -> f.path().endsWith("actions[2].priorite")).singleElement()
                .satisfies(refusal -> {
                    assertThat(refusal.key()).isEqualTo("planfile.unknown.priority");
                    assertThat(refusal.message()).isEqualTo("priorité « P9 » absente des vocabulaires du plan");
                });
        assertThat(faults).filteredOn(f -> f.path().endsWith("actions[2].odd")).singleElement()
                .extracting(Refusal::key).isEqualTo("node.sdg.range");
        assertThat(faults).filteredOn(f -> f.path().equals("plan.dateAdoption")).singleElement()
                .extracting(Refusal::key).isEqualTo("planfile.date.invalid");
    }

    @Test
    void aWrongTypeIsReportedWithItsPath() {
        List<Refusal> faults = faultsOf("""
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
                """)).extracting(Refusal::path).containsExactly("plan.couleur");
        assertThat(faultsOf("""
                {"format": "pst-plan", "version": 1, "organisation": {"nom": "CPAS"},
                 "plan": {"titre": "PST", "debut": 2025, "fin": 2030},
                 "objectifs": [{"intitule": "OS", "actions": [{"intitule": "action sans OO"}]}]}
                """)).extracting(Refusal::path).containsExactly("objectifs[0].actions");
    }

    @Test
    void somethingElseThanAPlanFileIsRefused() {
        assertThat(faultsOf("{\"format\": \"autre\"}")).extracting(Refusal::path)
                .containsExactly("format");
        assertThat(faultsOf("{ pas du json")).singleElement().extracting(Refusal::message)
                .asString().startsWith("JSON mal formé");
        assertThatThrownBy(() -> importer.importPlan("{\"format\":\"pst-plan\",\"version\":2}".getBytes()))
                .isInstanceOf(PlanFileException.class).hasMessageContaining("version");
    }

    @Test
    void aTextOverTheFormsLimitIsRefusedAsTheFormWouldRefuseIt() {
        String description = "x".repeat(20_001);
        List<Refusal> faults = faultsOf("""
                {"format": "pst-plan", "version": 1,
                 "organisation": {"nom": "CPAS de Nulle Part"},
                 "plan": {"titre": "PST", "debut": 2025, "fin": 2030, "statut": "brouillon"},
                 "objectifs": [{"code": "1", "intitule": "OS", "description": "%s", "objectifsOperationnels": [
                     {"code": "1.1", "intitule": "OO", "actions": [{"intitule": "A", "noteInterne": "%s"}]}]}]}
                """.formatted(description, "y".repeat(10_001)));

        assertThat(faults).extracting(Refusal::path, Refusal::message).contains(
                org.assertj.core.groups.Tuple.tuple("objectifs[0].description",
                        "Ce texte ne peut pas dépasser 20000 caractères."));
        assertThat(faults).anyMatch(fault -> fault.path().startsWith("objectifs[0].objectifsOperationnels[0]"
                + ".actions[0]") && fault.message().contains("10000"));
    }

    @Test
    void aDateFarOutsideTheMandateIsRefusedWithItsPath() {
        List<Refusal> faults = faultsOf("""
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
        assertThat(faults).extracting(Refusal::path).containsExactlyInAnyOrder("plan.dateAdoption",
                action + ".debutPrevu", action + ".etapes[0].echeance", action + ".indicateurs[0].cible.date");
        assertThat(faults).filteredOn(f -> f.path().endsWith(".debutPrevu")).singleElement()
                .extracting(Refusal::message).asString().contains("entre 2015 et 2040");
    }

    @Test
    void aTextThatWouldShowBackwardsIsRefusedWithItsPath() {
        List<Refusal> faults = faultsOf("""
                {"format": "pst-plan", "version": 1, "organisation": {"nom": "CPAS"},
                 "plan": {"titre": "PST", "debut": 2025, "fin": 2030},
                 "objectifs": [{"intitule": "Facture \u202efdp.exe", "objectifsOperationnels": []}]}
                """);

        assertThat(faults).singleElement().satisfies(fault -> {
            assertThat(fault.path()).isEqualTo("objectifs[0].intitule");
            assertThat(fault.message()).contains("sens d’écriture");
        });
    }

    /** Every key the import or the file's reading can give a fault has its French text (none is built at run time). */
    @Test
    void everyKeyAFaultCanCarryHasItsFrenchText() throws java.io.IOException {
        java.util.regex.Pattern literal = java.util.regex.Pattern.compile("\"(planfile\\.[A-Za-z.]+)\"");
        java.util.Set<String> keys = new java.util.TreeSet<>();
        for (String source : List.of("src/main/java/be/cpas/pst/persistence/planfile/PlanFileCodec.java",
                "../pst-domain/src/main/java/be/cpas/pst/domain/planfile/PlanImport.java")) {
            literal.matcher(java.nio.file.Files.readString(java.nio.file.Path.of(source))).results()
                    .map(match -> match.group(1)).forEach(keys::add);
        }

        assertThat(keys).hasSizeGreaterThan(35);
        assertThat(keys).allSatisfy(key -> assertThat(messages.getMessage(key, new Object[] {"x", "y"}, null,
                Locale.forLanguageTag("fr-BE"))).as(key).isNotBlank());
    }
}
