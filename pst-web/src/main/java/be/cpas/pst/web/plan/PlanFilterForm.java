package be.cpas.pst.web.plan;

import be.cpas.pst.domain.progress.WorkFilter;

/**
 * The plan page's filters as they stand in the URL, so that a filtered view can be bookmarked and shared. A value
 * that does not parse is left out, as if the filter were not set.
 */
public class PlanFilterForm {

    private Long volet;
    private Long service;
    private Long pilote;
    private Long responsable;
    private Long priorite;
    private Long etat;
    private Integer odd;
    private boolean retard;
    private boolean sansSuivi;
    private String q;

    WorkFilter toFilter() {
        return new WorkFilter(volet, null, null, null, service, pilote, responsable, priorite, etat, odd, retard,
                sansSuivi, q == null ? null : q.substring(0, Math.min(q.length(), 200)));
    }

    public Long getVolet() {
        return volet;
    }

    public void setVolet(Long volet) {
        this.volet = volet;
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

    public boolean isRetard() {
        return retard;
    }

    public void setRetard(boolean retard) {
        this.retard = retard;
    }

    public boolean isSansSuivi() {
        return sansSuivi;
    }

    public void setSansSuivi(boolean sansSuivi) {
        this.sansSuivi = sansSuivi;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
