package be.cpas.pst.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import be.cpas.pst.domain.audit.AuditEntry.FieldChange;
import be.cpas.pst.domain.audit.AuditEntry;
import be.cpas.pst.web.support.Money;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The history a person reads: French names, names of things, Belgian dates and amounts, no internals. */
class ReadableHistoryTest {

    private static ReadableHistory history;

    @BeforeAll
    static void messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages", "i18n/rules");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        LocaleContextHolder.setLocale(Locale.forLanguageTag("fr-BE"));
        history = new ReadableHistory(messages, new Money());
    }

    private static List<String> read(FieldChange... changes) {
        AuditEntry entry = new AuditEntry(1, Instant.now(), "Marie Dupont", "UPDATE", "PlanNode", 37, "Action",
                1L, 37L, List.of(changes));
        return history.lines(entry).stream().map(line -> line.label() + " : " + line.before() + " → " + line.after())
                .toList();
    }

    @Test
    void referencesAreNamedDatesAndAmountsAreBelgianChoicesAreFrench() {
        assertThat(read(new FieldChange("services", "[]",
                "[\"ServiceUnit n°1 (Service social)\", \"ServiceUnit n°6 (Insertion socioprofessionnelle)\"]")))
                .containsExactly("Services impliqués : null → Service social, Insertion socioprofessionnelle");
        assertThat(read(new FieldChange("committed", "4900", "1000.5")))
                .containsExactly("Engagé : 4.900,00 € → 1.000,50 €");
        assertThat(read(new FieldChange("plannedEnd", null, "2027-06-30")))
                .containsExactly("Fin prévue : null → 30/06/2027");
        assertThat(read(new FieldChange("deadline", null,
                "{\"kind\":\"DATE\",\"text\":\"23/10/2026\",\"dueDate\":\"2026-10-23\"}")))
                .containsExactly("Échéance : null → 23/10/2026");
        assertThat(read(new FieldChange("flow", null, "EXPENSE"))).containsExactly("Dépense ou recette : null → Dépense");
        assertThat(read(new FieldChange("done", "false", "true"))).containsExactly("Faite : non → oui");
        assertThat(read(new FieldChange("enjeux", "[]", "[2, 4]")))
                .containsExactly("Enjeux : null → Gouvernance et gestion performante, Cohésion sociale");
    }

    @Test
    void theFieldsThatOnlyLinkRecordsAreLeftOut() {
        assertThat(read(new FieldChange("version", "3", "4"), new FieldChange("authorAccountId", null, "5"),
                new FieldChange("recordedAt", null, "2026-12-02T00:58:39.739269884Z"),
                new FieldChange("node", null, "PlanNode n°37 (Action)"))).isEmpty();
        assertThat(read(new FieldChange("somethingNew", null, "x"))).containsExactly("Autre donnée : null → x");
    }
}
