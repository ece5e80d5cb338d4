package be.cpas.pst.web.support;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The typed values of every form are read once, here: Belgian decimals (dates use {@code @DateTimeFormat}); a value
 * expected once and sent twice is refused ({@link SingleValues}).
 */
@Configuration(proxyBeanMethods = false)
class WebFormattingConfiguration implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatter(new BelgianDecimalFormatter());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SingleValues()).excludePathPatterns("/assets/**", "/webjars/**");
    }
}
