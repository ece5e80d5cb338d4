package be.cpas.pst.domain.mail;

import be.cpas.pst.domain.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/** Whether a kind of notice is sent for a plan ({@code accountId} null: the DG's choice) or to one person. */
@Entity
@Table(name = "notice_setting")
public class NoticeSetting implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "account_id")
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NoticeKind kind;

    @Column(nullable = false)
    private boolean enabled;

    @Version
    private long version;

    protected NoticeSetting() {
        // for JPA
    }

    public NoticeSetting(long planId, Long accountId, NoticeKind kind, boolean enabled) {
        this.planId = planId;
        this.accountId = accountId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.enabled = enabled;
    }

    void change(boolean nowEnabled) {
        this.enabled = nowEnabled;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String auditLabel() {
        return kind.name() + (enabled ? " on" : " off");
    }

    @Override
    public Long auditPlanId() {
        return planId;
    }

    public long getPlanId() {
        return planId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public NoticeKind getKind() {
        return kind;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
