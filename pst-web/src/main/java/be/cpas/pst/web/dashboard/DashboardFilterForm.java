package be.cpas.pst.web.dashboard;

import be.cpas.pst.domain.progress.WorkFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.web.util.UriUtils;

/**
 * The dashboard's filters as they stand in the URL (so that a filtered view can be bookmarked and shared). A value
 * that does not parse is left out, as if the filter were not set.
 */
public class DashboardFilterForm {

    private Long volet;
    private Long axe;
    private Long os;
    private Long oo;
    private Long service;
    private Long pilote;
    private Long responsable;
    private Long priorite;
    private Long etat;
    private Integer odd;
    private String tri;

    WorkFilter toFilter() {
        return new WorkFilter(volet, axe, os, oo, service, pilote, responsable, priorite, etat, odd, false, false,
                null);
    }

    /** The filters as a query string ("" or "?volet=1&…"), to carry them into links. */
    public String query() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("volet", volet);
        values.put("axe", axe);
        values.put("os", os);
        values.put("oo", oo);
        values.put("service", service);
        values.put("pilote", pilote);
        values.put("responsable", responsable);
        values.put("priorite", priorite);
        values.put("etat", etat);
        values.put("odd", odd);
        String query = values.entrySet().stream().filter(entry -> entry.getValue() != null)
                .map(entry -> entry.getKey() + "=" + UriUtils.encodeQueryParam(entry.getValue().toString(), "UTF-8"))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }

    public boolean isSortedByAttention() {
        return "attention".equals(tri);
    }

    public Long getVolet() {
        return volet;
    }

    public void setVolet(Long volet) {
        this.volet = volet;
    }

    public Long getAxe() {
        return axe;
    }

    public void setAxe(Long axe) {
        this.axe = axe;
    }

    public Long getOs() {
        return os;
    }

    public void setOs(Long os) {
        this.os = os;
    }

    public Long getOo() {
        return oo;
    }

    public void setOo(Long oo) {
        this.oo = oo;
    }

    public Long getService() {
        return service;
    }

    public void setService(Long service) {
        this.service = service;
    }

    public Long getPilote() {
        return pilote;
    }

    public void setPilote(Long pilote) {
        this.pilote = pilote;
    }

    public Long getResponsable() {
        return responsable;
    }

    public void setResponsable(Long responsable) {
        this.responsable = responsable;
    }

    public Long getPriorite() {
        return priorite;
    }

    public void setPriorite(Long priorite) {
        this.priorite = priorite;
    }

    public Long getEtat() {
        return etat;
    }

    public void setEtat(Long etat) {
        this.etat = etat;
    }

    public Integer getOdd() {
        return odd;
    }

    public void setOdd(Integer odd) {
        this.odd = odd;
    }

    public String getTri() {
        return tri;
    }

    public void setTri(String tri) {
        this.tri = tri;
    }
}
