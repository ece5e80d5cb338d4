package be.cpas.pst.persistence.audit;

import be.cpas.pst.domain.access.CurrentActor;
import java.util.List;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Plugs the audit listener into Hibernate, with access to who is acting. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    HibernatePropertiesCustomizer auditTrail(ObjectProvider<CurrentActor> currentActor) {
        AuditListener listener = new AuditListener(currentActor);
        return properties -> properties.put("hibernate.integrator_provider",
                (IntegratorProvider) () -> List.of(new AuditIntegrator(listener)));
    }
}
