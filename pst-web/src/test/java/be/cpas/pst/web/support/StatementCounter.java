package be.cpas.pst.web.support;

import javax.sql.DataSource;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements a request sends through the application's data source (JPA and plain JDBC alike), on the
 * current thread, with datasource-proxy.
 */
public final class StatementCounter {

    private StatementCounter() {
    }

    public static void reset() {
        QueryCountHolder.clear();
    }

    public static long count() {
        return QueryCountHolder.getGrandTotal().getTotal();
    }

    /** Wraps the data source of the test's application context. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support
                            .ProxyDataSource)) {
                        return ProxyDataSourceBuilder.create(dataSource).name("counted").countQuery().build();
                    }
                    return bean;
                }
            };
        }
    }
}
