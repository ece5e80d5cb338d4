package be.cpas.pst.domain.mail;

import be.cpas.pst.domain.access.AccessPolicy;
import be.cpas.pst.domain.access.AccessRefused;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which automatic notices are sent: every kind is on unless the DG turned it off for the plan or the person turned it
 * off for themselves on that plan.
 */
@Service
@Transactional
public class Notices {

    private final NoticeSettingRepository settings;
    private final AccessPolicy policy;

    public Notices(NoticeSettingRepository settings, AccessPolicy policy) {
        this.settings = settings;
        this.policy = policy;
    }

    /** Whether a kind of notice goes to a person on a plan. */
    @Transactional(readOnly = true)
    public Decision decisionFor(long planId) {
        return new Decision(settings.findByPlan(planId));
    }

    /** A plan's settings, read once, asked for each person. */
    public static final class Decision {
        private final List<NoticeSetting> all;

        Decision(List<NoticeSetting> all) {
            this.all = all;
        }

        public boolean sends(NoticeKind kind, long accountId) {
            return all.stream().noneMatch(s -> s.getKind() == kind && !s.isEnabled()
                    && (s.getAccountId() == null || s.getAccountId() == accountId));
        }

        public boolean planSends(NoticeKind kind) {
            return all.stream().noneMatch(s -> s.getKind() == kind && !s.isEnabled() && s.getAccountId() == null);
        }
    }

    /** The signed-in person's choices on a plan: kind → on. */
    @Transactional(readOnly = true)
    public Map<NoticeKind, Boolean> mine(long planId) {
        Long accountId = self();
        Map<NoticeKind, Boolean> choices = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            choices.put(kind, settings.findByAccount(accountId).stream().noneMatch(s -> s.getPlanId() == planId
                    && s.getKind() == kind && !s.isEnabled()));
        }
        return choices;
    }

    /** The signed-in person keeps these kinds on for a plan, and turns the others off. */
    public void changeMine(long planId, Set<NoticeKind> on) {
        Long accountId = self();
        List<NoticeSetting> existing = settings.findByAccount(accountId);
        for (NoticeKind kind : NoticeKind.values()) {
            set(existing, planId, accountId, kind, on.contains(kind));
        }
    }

    /** The DG keeps these kinds on for the plan, and turns the others off for everyone. */
    public void changePlan(long planId, Set<NoticeKind> on) {
        policy.requireEditStructure();
        List<NoticeSetting> existing = settings.findByPlan(planId);
        for (NoticeKind kind : NoticeKind.values()) {
            set(existing, planId, null, kind, on.contains(kind));
        }
    }

    private void set(List<NoticeSetting> existing, long planId, Long accountId, NoticeKind kind, boolean on) {
        existing.stream().filter(s -> s.getPlanId() == planId && Objects.equals(s.getAccountId(), accountId)
                        && s.getKind() == kind).findFirst()
                .ifPresentOrElse(s -> s.change(on), () -> settings.save(new NoticeSetting(planId, accountId, kind, on)));
    }

    private Long self() {
        Long accountId = policy.actor().accountId();
        if (accountId == null) {
            throw new AccessRefused("Nobody is signed in");
        }
        return accountId;
    }
}
