package org.highroad.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.platform.validation.Violation;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The NUL character (U+0000) in any request parameter (a page form's field, a query parameter, a text part of a
 * multipart form) is refused before any controller reads it: PostgreSQL cannot store it in text (PostgreSQL 15 manual,
 * 8.3 Character Types), so a text carrying it (pasted from a PDF or a word processor) would be refused by the database
 * only when written, as a conflict, with nothing filed. The same rule as {@link JsonInputRules} for JSON bodies, for
 * every form and every database alike: 422 naming each field, as the pages' error page in the reader's language
 * ({@code PageErrors}) or as problem details on the API ({@code ProblemDetailsAdvice}).
 */
@Configuration
class TextParametersWithoutNul implements HandlerInterceptor, WebMvcConfigurer {

    /** Stated in English; its Spanish text is {@code reason.platform.nulCharacter}. */
    static final String REASON = "contains the NUL character (U+0000), which cannot be stored: remove it and send again";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        List<Violation> refused = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            boolean nul = name.indexOf('\u0000') >= 0;
            for (String value : parameter.getValue()) {
                nul |= value != null && value.indexOf('\u0000') >= 0;
            }
            if (nul) {
                refused.add(new Violation(name.replace("\u0000", ""), REASON));
            }
        }
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
        }
        return true;
    }
}
