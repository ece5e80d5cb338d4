package be.cpas.pst.web.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the temporary-password guard on every page. */
@Configuration(proxyBeanMethods = false)
class WebSecurityMvcConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new MustChangePasswordInterceptor())
                .excludePathPatterns("/assets/**", "/webjars/**", "/login", "/logout");
    }
}
