package be.cpas.pst.web.support;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's day is Brussels' day, whatever the server's time zone: every service that asks for today (a
 * journal entry, a campaign's opening, lateness, reminders) reads this one clock. Without it, a server on UTC wrote
 * the journal of 00:30 in Brussels on the day before, and an update made just after a campaign opened at night did
 * not count for it.
 */
@Configuration(proxyBeanMethods = false)
class BelgianClock {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Bean
    Clock clock() {
        return Clock.system(BRUSSELS);
    }
}
