package be.cpas.pst.web.mail;

import be.cpas.pst.domain.mail.Outbox;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The scheduled work: each task takes a lock in the shared database first (ShedLock, table {@code shedlock}, the
 * database's clock), so that it runs once however many application nodes serve the CPAS. The delivery of the outbox
 * runs every minute; {@code pst.jobs.enabled=false} turns all scheduled work off (the command line).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "pst.jobs.enabled", matchIfMissing = true)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class ScheduledWork {

    private final Outbox outbox;

    ScheduledWork(Outbox outbox) {
        this.outbox = outbox;
    }

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }

    @Scheduled(initialDelayString = "${pst.jobs.mail-initial-delay:PT1M}",
            fixedDelayString = "${pst.jobs.mail-every:PT1M}")
    @SchedulerLock(name = "mail-delivery", lockAtMostFor = "PT5M")
    public void deliverMail() {
        outbox.deliverDue();
    }
}
