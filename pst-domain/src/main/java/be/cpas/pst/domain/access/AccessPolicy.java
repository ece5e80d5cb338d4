package be.cpas.pst.domain.access;

import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The permission table of docs/security.md, in one place. Services call {@code require…} before a change; pages call
 * {@code may…} to show only the controls a person can use.
 *
 * <table>
 *   <tr><th>role</th><th>may</th></tr>
 *   <tr><td>ADMIN</td><td>accounts, vocabularies; no plan content unless also DG</td></tr>
 *   <tr><td>DG</td><td>all plan content: structure, fiches, progress, budget, adoption, evaluation, publication</td></tr>
 *   <tr><td>DF</td><td>read all; budget lines and financial follow-up of every action</td></tr>
 *   <tr><td>CODIR</td><td>read all internal; fiches and progress of the projets/actions they are pilote of</td></tr>
 *   <tr><td>AGENT</td><td>read the plan; progress of the actions they are responsable of or whose service they are in</td></tr>
 *   <tr><td>CONSEILLER</td><td>read adopted plans, dashboards, evaluations; nothing internal, no edit</td></tr>
 * </table>
 */
@Component
public class AccessPolicy {

    private final ObjectProvider<CurrentActor> currentActor;

    public AccessPolicy(ObjectProvider<CurrentActor> currentActor) {
        this.currentActor = currentActor;
    }

    /** Who is acting; the application itself (no role) when nobody is signed in. */
    public Actor actor() {
        CurrentActor provider = currentActor.getIfAvailable();
        Actor actor = provider == null ? null : provider.current();
        return actor == null ? Actor.SYSTEM : actor;
    }

    // ---- accounts and vocabularies ---------------------------------------------------------------------------

    public boolean mayManageAccounts() {
        return actor().hasRole(Role.ADMIN);
    }

    public void requireManageAccounts() {
        require(mayManageAccounts(), "manage accounts");
    }

    public boolean mayManageVocabularies() {
        Actor actor = actor();
        return actor.hasRole(Role.ADMIN) || actor.hasRole(Role.DG);
    }

    public void requireManageVocabularies() {
        require(mayManageVocabularies(), "manage vocabularies");
    }

    public boolean mayReadAudit() {
        Actor actor = actor();
        return actor.hasRole(Role.ADMIN) || actor.hasRole(Role.DG);
    }

    public void requireReadAudit() {
        require(mayReadAudit(), "read the audit trail");
    }

    // ---- plan content ----------------------------------------------------------------------------------------

    /** Council members only read adopted (or archived) plans; staff read every plan, drafts included. */
    public boolean mayRead(GuardedPlan plan) {
        return mayReadPlan(plan.isDraft());
    }

    /** Whether the signed-in person may read a plan, a draft or not (drafts: staff only). */
    public boolean mayReadPlan(boolean draft) {
        Actor actor = actor();
        if (isStaff(actor)) {
            return true;
        }
        return actor.hasRole(Role.CONSEILLER) && !draft;
    }

    public void requireRead(GuardedPlan plan) {
        require(mayRead(plan), "read plan " + plan.getId());
    }

    /**
     * The CODIR dashboard: the DG, the DF, the CODIR and council members (who only read adopted plans, see
     * {@link #mayRead(GuardedPlan)}); the administrator and agents work from their own pages.
     */
    public boolean mayReadDashboard(GuardedPlan plan) {
        return mayReadDashboard(plan.isDraft());
    }

    /** Whether the signed-in person may read the dashboard of a plan, a draft or not. */
    public boolean mayReadDashboard(boolean draft) {
        Actor actor = actor();
        return mayReadPlan(draft) && (actor.hasRole(Role.DG) || actor.hasRole(Role.DF) || actor.hasRole(Role.CODIR)
                || actor.hasRole(Role.CONSEILLER));
    }

    public void requireReadDashboard(GuardedPlan plan) {
        requireReadDashboard(plan.getId(), plan.isDraft());
    }

    public void requireReadDashboard(long planId, boolean draft) {
        require(mayReadDashboard(draft), "read the dashboard of plan " + planId);
    }

    /**
     * The financial follow-up of a plan (every budget line, the DF's figures, the exports): the DG, the DF and the
     * CODIR read it; council members and agents read budgets on the fiches only.
     */
    public boolean mayReadFinance(GuardedPlan plan) {
        Actor actor = actor();
        return mayReadPlan(plan.isDraft())
                && (actor.hasRole(Role.DG) || actor.hasRole(Role.DF) || actor.hasRole(Role.CODIR));
    }

    public void requireReadFinance(GuardedPlan plan) {
        require(mayReadFinance(plan), "read the financial follow-up of plan " + plan.getId());
    }

    /** The monthly update campaigns (their progress, on their page and the dashboard): the DG, the DF, the CODIR. */
    public boolean mayFollowCampaigns() {
        Actor actor = actor();
        return actor.hasRole(Role.DG) || actor.hasRole(Role.DF) || actor.hasRole(Role.CODIR);
    }

    /** Internal notes and budgets' internal comments: staff only. */
    public boolean mayReadInternal() {
        return isStaff(actor());
    }

    /** Structure, adoption, evaluation, publication: the DG. */
    public boolean mayEditStructure() {
        return actor().hasRole(Role.DG);
    }

    public void requireEditStructure() {
        require(mayEditStructure(), "edit the plan structure");
    }

    /** The fiche of a projet or action: the DG, or the CODIR member who is its pilote. */
    public boolean mayEditFiche(GuardedWork node) {
        Actor actor = actor();
        return actor.hasRole(Role.DG)
                || actor.hasRole(Role.CODIR) && actor.accountId() != null && node.hasPilote(actor.accountId());
    }

    public void requireEditFiche(GuardedWork node) {
        require(mayEditFiche(node), "edit fiche " + node.getId());
    }

    /**
     * The monthly update (state, %, comment, indicator values): the DG, the pilote (CODIR), the agent or CODIR member
     * who is its responsable, or an agent of a service involved in it.
     */
    public boolean mayPostProgress(GuardedWork node) {
        Actor actor = actor();
        Long accountId = actor.accountId();
        if (!node.isWork()) {
            return false;
        }
        if (mayEditFiche(node)) {
            return true;
        }
        return accountId != null && (actor.hasRole(Role.AGENT)
                && (node.hasResponsable(accountId) || node.involvesServiceMember(accountId))
                || actor.hasRole(Role.CODIR) && node.hasResponsable(accountId));
    }

    public void requirePostProgress(GuardedWork node) {
        require(mayPostProgress(node), "post progress on " + node.getId());
    }

    /**
     * Correcting or withdrawing a measured indicator value: the DG, or the person who measured it while they may
     * still update the work.
     */
    public boolean mayCorrectValue(GuardedWork node, Long authorAccountId) {
        Actor actor = actor();
        return actor.hasRole(Role.DG) || authorAccountId != null && authorAccountId.equals(actor.accountId())
                && mayPostProgress(node);
    }

    public void requireCorrectValue(GuardedWork node, Long authorAccountId) {
        require(mayCorrectValue(node, authorAccountId), "correct a value of " + node.getId());
    }

    /**
     * The comment of a projet's or action's responsable in an evaluation: its responsable (agent or CODIR member), or
     * the DG.
     */
    public boolean mayCommentInEvaluation(GuardedWork node) {
        Actor actor = actor();
        Long accountId = actor.accountId();
        return node.isWork() && (actor.hasRole(Role.DG) || accountId != null
                && (actor.hasRole(Role.AGENT) || actor.hasRole(Role.CODIR)) && node.hasResponsable(accountId));
    }

    /** Budget lines and the financial follow-up: the DG and the DF. */
    public boolean mayEditBudget() {
        Actor actor = actor();
        return actor.hasRole(Role.DG) || actor.hasRole(Role.DF);
    }

    public void requireEditBudget() {
        require(mayEditBudget(), "edit budgets");
    }

    private static boolean isStaff(Actor actor) {
        return actor.roles().stream().anyMatch(STAFF::contains);
    }

    private static void require(boolean allowed, String what) {
        if (!allowed) {
            throw new AccessRefused("Not allowed to " + what);
        }
    }

    private static final Set<Role> STAFF = Set.of(Role.ADMIN, Role.DG, Role.DF, Role.CODIR, Role.AGENT);
}
