package be.cpas.pst.web.finance;

import be.cpas.pst.domain.planning.BudgetFlow;
import be.cpas.pst.domain.planning.BudgetService;
import be.cpas.pst.domain.planning.Financing;
import be.cpas.pst.reporting.finance.FinanceFilter;
import be.cpas.pst.reporting.finance.FinanceSignal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.web.util.UriUtils;

/**
 * The financial follow-up's filters as they stand in the URL, in French words ({@code ?annee=2026&service=ordinaire
 * &signal=sans-credit}), so that a view can be bookmarked and shared. A value that does not read is left out, as if
 * the filter were not set.
 */
public class FinanceFilterForm {

    static final Map<String, BudgetService> SERVICES = Map.of("ordinaire", BudgetService.ORDINARY, "extraordinaire",
            BudgetService.EXTRAORDINARY);
    static final Map<String, Financing> FINANCINGS = Map.of("fonds-propres", Financing.OWN_FUNDS, "subside",
            Financing.SUBSIDY, "emprunt", Financing.LOAN, "autre", Financing.OTHER);
    static final Map<String, BudgetFlow> FLOWS = Map.of("depenses", BudgetFlow.EXPENSE, "recettes",
            BudgetFlow.REVENUE);
    static final Map<String, FinanceSignal> SIGNALS = Map.of("sans-credit", FinanceSignal.NOTHING_INSCRIBED,
            "engage-au-dela", FinanceSignal.COMMITTED_ABOVE_CREDITS, "subside-non-inscrit",
            FinanceSignal.SUBSIDY_NOT_INSCRIBED, "sans-article", FinanceSignal.NO_ARTICLE);

    private Integer annee;
    private Long os;
    private String service;
    private String financement;
    private String article;
    private String nature;
    private String signal;
    private Integer page;

    FinanceFilter toFilter() {
        return new FinanceFilter(annee != null && annee >= 2000 && annee <= 2100 ? annee : null, os,
                service == null ? null : SERVICES.get(service), financement == null ? null : FINANCINGS.get(financement),
                article, nature == null ? null : FLOWS.get(nature), signal == null ? null : SIGNALS.get(signal));
    }

    /** The word of a value in the URL (the inverse of the maps above). */
    static <T> String word(Map<String, T> words, T value) {
        return words.entrySet().stream().filter(entry -> entry.getValue() == value).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    /** The filters as they read, after any unreadable value was dropped. */
    private Map<String, Object> values() {
        FinanceFilter filter = toFilter();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("annee", filter.year());
        values.put("nature", filter.flow() == BudgetFlow.EXPENSE ? null : word(FLOWS, filter.flow()));
        values.put("os", filter.objective());
        values.put("service", word(SERVICES, filter.service()));
        values.put("financement", word(FINANCINGS, filter.financing()));
        values.put("article", filter.article());
        values.put("signal", word(SIGNALS, filter.signal()));
        return values;
    }

    /** The filters as a query string ("" or "?annee=2026&…"), without the page number. */
    public String query() {
        return query(values());
    }

    /** The same filters with one changed ({@code null}: removed), back to the first page. */
    public String with(String name, Object value) {
        Map<String, Object> values = values();
        values.put(name, value);
        return query(values);
    }

    /** The same filters on another page of the lines. */
    public String page(int number) {
        Map<String, Object> values = values();
        values.put("page", number);
        return query(values);
    }

    /** Whether anything narrows the lines beyond the year and the kind (dépenses or recettes). */
    public boolean isNarrowed() {
        FinanceFilter filter = toFilter();
        return filter.objective() != null || filter.service() != null || filter.financing() != null
                || filter.article() != null || filter.signal() != null;
    }

    private static String query(Map<String, Object> values) {
        String query = values.entrySet().stream().filter(entry -> entry.getValue() != null)
                .map(entry -> entry.getKey() + "=" + UriUtils.encodeQueryParam(Objects.toString(entry.getValue()),
                        "UTF-8"))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }

    public String serviceWord(BudgetService value) {
        return word(SERVICES, value);
    }

    public String financingWord(Financing value) {
        return word(FINANCINGS, value);
    }

    public String signalWord(FinanceSignal value) {
        return word(SIGNALS, value);
    }

    public Integer getAnnee() {
        return annee;
    }

    public void setAnnee(Integer annee) {
        this.annee = annee;
    }

    public Long getOs() {
        return os;
    }

    public void setOs(Long os) {
        this.os = os;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public String getFinancement() {
        return financement;
    }

    public void setFinancement(String financement) {
        this.financement = financement;
    }

    public String getArticle() {
        return article;
    }

    public void setArticle(String article) {
        this.article = article;
    }

    public String getNature() {
        return nature;
    }

    public void setNature(String nature) {
        this.nature = nature;
    }

    public String getSignal() {
        return signal;
    }

    public void setSignal(String signal) {
        this.signal = signal;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
