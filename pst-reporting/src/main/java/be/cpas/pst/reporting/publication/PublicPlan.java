package be.cpas.pst.reporting.publication;

import be.cpas.pst.domain.planfile.PlanFile;
import be.cpas.pst.persistence.planfile.PublicationFile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The published PST of a plan as a reader meets it: the adopted version's public content (see {@link PublicContent})
 * with the progress published at a date, the published evaluations, and what the pages show about them.
 *
 * @param file the public content in the plan-file format (the open data)
 * @param progressAsOf the date of the published progress, {@code null} when none was published or progress is not
 *                     public
 */
public record PublicPlan(long planId, Version version, PlanFile file, PublicationFile settings,
        LocalDate progressAsOf, List<PublicElement> roots, Map<Long, PublicElement> byId, Map<Long, Long> parents,
        List<PublishedEvaluation> evaluations) {

    /** The adopted version shown: its number, date and deliberation. */
    public record Version(int number, LocalDate adoptedOn, String deliberation) {
    }

    /** An evaluation the council received and the DG published. */
    public record PublishedEvaluation(long id, int year, String kind, LocalDate presentedOn, String deliberation) {
    }

    /** One section of the context: its heading's message key and its rich text. */
    public record Section(String key, String html) {
    }

    public String title() {
        return file.plan().titre();
    }

    public String organisation() {
        return file.organisation() == null ? "" : file.organisation().nom();
    }

    public String website() {
        return file.organisation() == null ? null : file.organisation().siteWeb();
    }

    public int start() {
        return file.plan().debut();
    }

    public int end() {
        return file.plan().fin();
    }

    public String licence() {
        return settings.licence();
    }

    /** The context's sections that have a text (none when the context is not public). */
    public List<Section> context() {
        PlanFile.Contexte c = file.plan().contexte();
        if (c == null) {
            return List.of();
        }
        List<Section> sections = new ArrayList<>();
        add(sections, "public.context.dps", c.resumeDps());
        add(sections, "public.context.introduction", c.introduction());
        add(sections, "public.context.values", c.valeurs());
        add(sections, "public.context.vision", c.visionPolitique());
        add(sections, "public.context.resources", c.ressources());
        add(sections, "public.context.conclusion", c.conclusion());
        return sections;
    }

    private static void add(List<Section> sections, String key, String html) {
        if (html != null && !html.isBlank()) {
            sections.add(new Section(key, html));
        }
    }

    /** The AFOM analysis, or {@code null} when it is not public or empty. */
    public PlanFile.Afom afom() {
        PlanFile.Contexte c = file.plan().contexte();
        PlanFile.Afom afom = c == null ? null : c.afom();
        if (afom == null || afom.atouts() == null && afom.faiblesses() == null && afom.opportunites() == null
                && afom.menaces() == null) {
            return null;
        }
        return afom;
    }

    /** One quadrant of the AFOM analysis: its message key's end (strengths…) and its items. */
    public record Quadrant(String key, List<String> items) {
    }

    /** The AFOM analysis's quadrants that have items, in the usual order (none when it is not public). */
    public List<Quadrant> quadrants() {
        PlanFile.Afom afom = afom();
        if (afom == null) {
            return List.of();
        }
        List<Quadrant> quadrants = new ArrayList<>();
        for (Quadrant quadrant : List.of(new Quadrant("strengths", afom.atouts()),
                new Quadrant("weaknesses", afom.faiblesses()), new Quadrant("opportunities", afom.opportunites()),
                new Quadrant("threats", afom.menaces()))) {
            if (quadrant.items() != null && !quadrant.items().isEmpty()) {
                quadrants.add(quadrant);
            }
        }
        return quadrants;
    }

    /** The strategic objectives, wherever they hang (directly, under a volet or an axe). */
    public List<PublicElement> strategic() {
        return byId.values().stream().filter(e -> "os".equals(e.level())).toList();
    }

    public List<PublicElement> allWork() {
        return byId.values().stream().filter(PublicElement::isWork).toList();
    }

    /** The element's ancestors, from the top of the tree down (for the breadcrumbs). */
    public List<PublicElement> ancestors(PublicElement element) {
        List<PublicElement> path = new ArrayList<>();
        Long parent = parents.get(element.id());
        while (parent != null && byId.containsKey(parent)) {
            path.add(byId.get(parent));
            parent = parents.get(parent);
        }
        Collections.reverse(path);
        return path;
    }

    /** Whether progress is shown: public and published at a date. */
    public boolean showsProgress() {
        return settings.avancement() && progressAsOf != null;
    }

    /** The % of an element's work done, weighted equally, or {@code null} when no progress is shown. */
    public Integer percentOf(PublicElement element) {
        if (!showsProgress()) {
            return null;
        }
        if (element.isWork() && element.percent() != null) {
            return element.percent();
        }
        List<PublicElement> work = element.work().stream().filter(w -> w.percent() != null
                && !"abandonne".equals(w.category())).toList();
        if (work.isEmpty()) {
            return null;
        }
        return (int) Math.round(work.stream().mapToInt(PublicElement::percent).average().orElse(0));
    }

    /** How many projets/actions are in each published state category, in the order of a reader's interest. */
    public Map<String, Long> workByCategory(List<PublicElement> work) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String category : List.of("termine", "en-cours", "non-commence", "suspendu", "abandonne",
                "indetermine")) {
            long count = work.stream().filter(w -> category.equals(w.category())).count();
            if (count > 0) {
                counts.put(category, count);
            }
        }
        return counts;
    }

    /** For each ODD, how many projets/actions serve it, in ODD order. */
    public Map<Integer, Long> sdgCoverage() {
        Map<Integer, Long> coverage = new TreeMap<>();
        for (PublicElement work : allWork()) {
            for (Integer sdg : work.sdgs()) {
                coverage.merge(sdg, 1L, Long::sum);
            }
        }
        return coverage;
    }

    /**
     * The projets/actions a reader looks for: a text in their code, title or description (or in their objective's),
     * an ODD, an OS, a published state category; every filter optional.
     */
    public List<PublicElement> search(String query, Integer sdg, Long strategicId, String category) {
        List<PublicElement> found = new ArrayList<>();
        for (PublicElement os : strategic()) {
            if (strategicId != null && os.id() != strategicId) {
                continue;
            }
            for (PublicElement work : os.work()) {
                if ((sdg == null || work.sdgs().contains(sdg))
                        && (category == null || category.isBlank() || category.equals(work.category()))
                        && (work.matches(query) || ancestors(work).stream().anyMatch(a -> a.isObjective()
                        && a.matches(query)))) {
                    found.add(work);
                }
            }
        }
        return found;
    }

    /** The sum of the planned amounts of an element's work (the lower end of ranges), or {@code null}. */
    public BigDecimal plannedOf(PublicElement element) {
        if (!settings.budget()) {
            return null;
        }
        BigDecimal total = element.work().stream().flatMap(w -> w.budget().stream())
                .map(PublicElement.Budget::amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        return total.signum() == 0 ? null : total.setScale(2, RoundingMode.HALF_UP);
    }
}
