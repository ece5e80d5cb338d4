package be.cpas.pst.web.audit;

import be.cpas.pst.domain.audit.AuditEntry;
import be.cpas.pst.web.support.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The recorded changes as a person reads them: each field under its French name, references by their name
 * ("Service social", not "ServiceUnit n°1 (Service social)"), dates the Belgian way, amounts in euros, chosen values
 * in French, an échéance as it was typed; the fields that only link records together (the element a line belongs
 * to, versions, who typed it by number, when it was stored) are left out. Templates call {@code @history.lines(entry)}.
 */
@Component("history")
public class ReadableHistory {

    /** One change as shown: the field's French name, the value before and after (either may be empty). */
    public record Line(String label, String before, String after) {
    }

    private static final Set<String> LINKS = Set.of("id", "version", "node", "budgetLine", "indicator", "evaluation",
            "plan", "recordedAt", "authorAccountId", "position", "passwordHash", "frozenFigures", "createdAt");
    private static final Set<String> AMOUNTS = Set.of("inscribed", "committed", "charged", "initialCredit",
            "amountMin", "amountMax", "amount");
    /** Fields whose values are chosen from a list, and where their French names are. */
    private static final Map<String, String> CHOICES = Map.ofEntries(Map.entry("flow", "budget.flow."),
            Map.entry("service", "budget.service."), Map.entry("financing", "budget.financing."),
            Map.entry("recurrence", "budget.recurrence."), Map.entry("costBasis", "budget.costBasis."),
            Map.entry("appreciation", "evaluation.appreciation."), Map.entry("decision", "evaluation.decision."),
            Map.entry("status", "evaluation.status."), Map.entry("kind", "node.kind."),
            Map.entry("direction", "indicators.direction."), Map.entry("civility", "vocabulary.identity."));
    private static final Pattern REFERENCE = Pattern.compile("^[A-Z][A-Za-z]+ n°\\d+ \\((.*)\\)$", Pattern.DOTALL);
    private static final Pattern DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
    private static final DateTimeFormatter BELGIAN_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter BELGIAN_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Brussels"));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;
    private final Money money;

    public ReadableHistory(MessageSource messages, Money money) {
        this.messages = messages;
        this.money = money;
    }

    public List<Line> lines(AuditEntry entry) {
        List<Line> lines = new ArrayList<>();
        for (AuditEntry.FieldChange change : entry.changes()) {
            if (LINKS.contains(change.field())) {
                continue;
            }
            String before = value(change.field(), change.oldValue());
            String after = value(change.field(), change.newValue());
            if (before == null && after == null) {
                continue;
            }
            lines.add(new Line(label(change.field()), before, after));
        }
        return lines;
    }

    private String label(String field) {
        Locale locale = LocaleContextHolder.getLocale();
        String label = messages.getMessage("audit.field." + field, null, null, locale);
        return label != null ? label : messages.getMessage("history.field.other", null, "Autre donnée", locale);
    }

    private String value(String field, String raw) {
        if (raw == null || raw.isBlank() || "[]".equals(raw)) {
            return null;
        }
        String text = raw.strip();
        if (text.startsWith("[") || text.startsWith("{")) {
            try {
                JsonNode node = JSON.readTree(text);
                if (node.isArray()) {
                    List<String> items = new ArrayList<>();
                    node.forEach(item -> items.add(value(field, item.isValueNode() ? item.asString()
                            : item.toString())));
                    return items.isEmpty() ? null : String.join(", ", items);
                }
                if (node.has("text")) {
                    return node.get("text").asString();
                }
            } catch (JacksonException notJson) {
                return text;
            }
        }
        Matcher reference = REFERENCE.matcher(text);
        if (reference.matches()) {
            return reference.group(1);
        }
        if (AMOUNTS.contains(field)) {
            try {
                return money.format(new BigDecimal(text));
            } catch (NumberFormatException notAnAmount) {
                return text;
            }
        }
        if (DAY.matcher(text).matches()) {
            return LocalDate.parse(text).format(BELGIAN_DAY);
        }
        if (text.length() > 19 && text.charAt(10) == 'T') {
            try {
                return BELGIAN_TIME.format(Instant.parse(text));
            } catch (DateTimeParseException notAnInstant) {
                return text;
            }
        }
        if ("true".equals(text) || "false".equals(text)) {
            return messages.getMessage("history." + text, null, LocaleContextHolder.getLocale());
        }
        String prefix = CHOICES.get(field);
        if (prefix != null && text.matches("[A-Z_]+")) {
            String french = messages.getMessage(prefix + text, null, null, LocaleContextHolder.getLocale());
            if (french == null && "kind".equals(field)) {
                french = messages.getMessage("evaluation.kind." + text, null, null, LocaleContextHolder.getLocale());
            }
            return french != null ? french : text;
        }
        if ("enjeux".equals(field) && text.matches("\\d")) {
            // the Walloon enjeux are stored as their numbers; the fiche names them, so does its history
            return messages.getMessage("enjeu." + text, null, text, LocaleContextHolder.getLocale());
        }
        return text;
    }
}
