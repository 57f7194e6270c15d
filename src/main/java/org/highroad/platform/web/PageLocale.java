package org.highroad.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The pages' language: English or Spanish, as the browser prefers, until the reader picks one with the switch on every
 * page ({@code ?lang=es}), which a cookie keeps. Any other language reads English. The public complaint page keeps its
 * own switch ({@code complaints.web.ComplaintPage}).
 *
 * <p>The API is read in English whatever language its client asks for (Accept-Language) or a page's cookie holds: its
 * reasons, bean validation's messages among them, are the module's English sentences, which a Spanish page translates
 * by their codes ({@code platform.pages.PageReasons}).
 */
@Configuration
class PageLocale implements WebMvcConfigurer {

    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));
    static final String COOKIE = "highroad_lang";

    @Bean(name = "localeResolver")
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE) {
            @Override
            public LocaleContext resolveLocaleContext(HttpServletRequest request) {
                return api(request) ? new SimpleTimeZoneAwareLocaleContext(Locale.ENGLISH, null)
                        : super.resolveLocaleContext(request);
            }

            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return api(request) ? Locale.ENGLISH : super.resolveLocale(request);
            }
        };
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(request -> {
            Locale preferred = request.getLocale();
            return preferred != null && preferred.getLanguage().equals("es") ? LANGUAGES.get(1) : Locale.ENGLISH;
        });
        return resolver;
    }

    /** Whether the request is the API's ({@code /api/**}), answered in English. */
    static boolean api(HttpServletRequest request) {
        String path = request.getRequestURI();
        String context = request.getContextPath();
        if (path == null) {
            return false;
        }
        if (context != null && !context.isEmpty() && path.startsWith(context)) {
            path = path.substring(context.length());
        }
        return path.startsWith("/api/");
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
            @Override
            public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response, Object handler) throws jakarta.servlet.ServletException {
                String lang = request.getParameter(getParamName());
                if (lang != null && LANGUAGES.stream().noneMatch(l -> l.getLanguage().equals(lang))) {
                    return true; // a language the pages are not written in changes nothing
                }
                return super.preHandle(request, response, handler);
            }
        };
        change.setParamName("lang");
        change.setHttpMethods("GET");
        registry.addInterceptor(change).addPathPatterns("/", "/sign-in", "/portal/**", "/staff/**", "/public/", "/forbidden");
    }
}
