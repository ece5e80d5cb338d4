package be.cpas.pst.reporting.publication;

import static be.cpas.pst.reporting.export.Word.format;
import static be.cpas.pst.reporting.export.Word.heading;
import static be.cpas.pst.reporting.export.Word.paragraph;

import be.cpas.pst.domain.planfile.PlanFile;
import be.cpas.pst.reporting.export.BelgianMoney;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The published PST as a Word document: the cover facts, the context, the tree and each element's public fields —
 * drawn, as every public output, from {@link PublicPlan} only.
 */
public final class PublicDocument {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private PublicDocument() {
    }

    public static void docx(PublicPlan plan, Function<String, String> text, OutputStream out) {
        try (XWPFDocument document = new XWPFDocument()) {
            heading(document, plan.title(), 1);
            paragraph(document, plan.organisation() + " — " + format(text, "public.period", plan.start(),
                    plan.end()), false);
            if (plan.version() != null) {
                paragraph(document, format(text, "public.version", plan.version().number(),
                        day(plan.version().adoptedOn()), plan.version().deliberation() == null ? "—"
                                : plan.version().deliberation()), false);
            }
            if (plan.showsProgress()) {
                paragraph(document, format(text, "public.progressAsOf", day(plan.progressAsOf())), false);
            }
            for (PublicPlan.Section section : plan.context()) {
                heading(document, text.apply(section.key()), 2);
                richText(document, section.html());
            }
            PlanFile.Afom afom = plan.afom();
            if (afom != null) {
                heading(document, text.apply("public.afom"), 2);
                list(document, text.apply("public.afom.strengths"), afom.atouts());
                list(document, text.apply("public.afom.weaknesses"), afom.faiblesses());
                list(document, text.apply("public.afom.opportunities"), afom.opportunites());
                list(document, text.apply("public.afom.threats"), afom.menaces());
            }
            for (PublicElement root : plan.roots()) {
                element(document, plan, root, 2, text);
            }
            paragraph(document, format(text, "public.licence", plan.licence()), false);
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void element(XWPFDocument document, PublicPlan plan, PublicElement element, int level,
            Function<String, String> text) {
        heading(document, text.apply("public.level." + element.level()) + " " + element.label(), Math.min(level, 3));
        if (element.description() != null) {
            richText(document, element.description());
        }
        List<String> facts = new ArrayList<>();
        Integer percent = plan.percentOf(element);
        if (element.state() != null) {
            facts.add(text.apply("public.field.state") + " : " + element.state()
                    + (percent == null ? "" : " (" + percent + " %)"));
        } else if (percent != null && element.isObjective()) {
            facts.add(text.apply("public.field.progress") + " : " + percent + " %");
        }
        if (element.priority() != null) {
            facts.add(text.apply("public.field.priority") + " : " + element.priority());
        }
        if (element.deadline() != null) {
            facts.add(text.apply("public.field.deadline") + " : " + element.deadline());
        }
        if (!element.services().isEmpty()) {
            facts.add(text.apply("public.field.services") + " : " + String.join(", ", element.services()));
        }
        if (!element.partners().isEmpty()) {
            facts.add(text.apply("public.field.partners") + " : " + String.join(", ", element.partners()));
        }
        if (element.pilote() != null) {
            facts.add(text.apply("public.field.pilote") + " : " + element.pilote());
        }
        if (element.responsable() != null) {
            facts.add(text.apply("public.field.responsable") + " : " + element.responsable());
        }
        if (!element.sdgs().isEmpty()) {
            facts.add(text.apply("public.field.sdgs") + " : " + element.sdgs().stream()
                    .map(n -> format(text, "public.sdg.short", n)).reduce((a, b) -> a + ", " + b).orElse(""));
        }
        if (element.isWork() && plan.plannedOf(element) != null) {
            facts.add(text.apply("public.field.budget") + " : " + BelgianMoney.format(plan.plannedOf(element)));
        }
        for (PublicElement.Indicator indicator : element.indicators()) {
            facts.add(text.apply("public.field.indicator") + " : " + indicator.name() + " — "
                    + format(text, "public.indicator.line", number(indicator.baseline()),
                    number(indicator.latest()), number(indicator.target()), indicator.unit() == null ? ""
                            : indicator.unit()));
        }
        for (PublicElement.Step step : element.steps()) {
            facts.add(text.apply("public.field.step") + " : " + step.title()
                    + (step.deadline() == null ? "" : " (" + step.deadline() + ")"));
        }
        facts.forEach(fact -> paragraph(document, fact, false));
        for (PublicElement child : element.children()) {
            element(document, plan, child, level + 1, text);
        }
    }

    private static void richText(XWPFDocument document, String html) {
        for (Element block : Jsoup.parseBodyFragment(html).body().select("p, li, h2, h3, h4")) {
            String words = block.text();
            if (!words.isBlank()) {
                paragraph(document, block.tagName().equals("li") ? "• " + words : words, false);
            }
        }
        if (Jsoup.parseBodyFragment(html).body().select("p, li, h2, h3, h4").isEmpty()) {
            String words = Jsoup.parseBodyFragment(html).text();
            if (!words.isBlank()) {
                paragraph(document, words, false);
            }
        }
    }

    private static void list(XWPFDocument document, String heading, List<String> items) {
        if (items == null || items.isEmpty()) {
            return;
        }
        paragraph(document, heading, true);
        items.forEach(item -> paragraph(document, "• " + item, false));
    }

    private static String number(java.math.BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String day(LocalDate date) {
        return date == null ? "—" : DAY.format(date);
    }
}
