package org.highroad.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.RequestPath;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.UrlPathHelper;

/**
 * The page a reader is on, as an address that can be read again with GET: what the language switch and a reload must
 * lead to. A page read with GET is its own address with its query (less the {@code lang} the switch adds). A form
 * answered where it was posted (a refusal at {@code /portal/cases/1/payments}, which has no page of its own) is the
 * page that shows the form: the same address when it has a page ({@code /portal/subsidies/new?program=1}), else the
 * nearest address above it that has one ({@code /portal/cases/1}).
 */
@Component
class PageAddresses {

    private final RequestMappingHandlerMapping mappings;

    PageAddresses(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    String pageOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = withoutLanguage(request.getQueryString());
        String suffix = query.isEmpty() ? "" : "?" + query;
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            return path + suffix;
        }
        for (String candidate = path; !candidate.isEmpty(); candidate = candidate.substring(0, candidate.lastIndexOf('/'))) {
            if (hasPage(request, candidate)) {
                return candidate + suffix;
            }
            if (candidate.endsWith("/") && candidate.length() > 1 && hasPage(request, candidate.substring(0, candidate.length() - 1))) {
                return candidate.substring(0, candidate.length() - 1) + suffix;
            }
        }
        return "/";
    }

    /** The query as sent, less its {@code lang} parameters (the switch adds its own). */
    static String withoutLanguage(String query) {
        if (query == null || query.isBlank()) {
            return "";
        }
        return Arrays.stream(query.split("&")).filter(p -> !p.isEmpty() && !p.equals("lang") && !p.startsWith("lang="))
                .collect(Collectors.joining("&"));
    }

    /** Whether {@code path} read with GET, as this reader asks (a page, not JSON), reaches a page of this server. */
    private boolean hasPage(HttpServletRequest request, String path) {
        if (path.equals("/error")) {
            return false;
        }
        HttpServletRequest get = new GetOf(request, path);
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            if (info.getMatchingCondition(get) != null) {
                return true;
            }
        }
        return false;
    }

    /** The same reader's request, as a GET of another path; what matching writes down stays with it. */
    private static final class GetOf extends HttpServletRequestWrapper {
        private final String path;
        private final Map<String, Object> attributes = new HashMap<>();

        GetOf(HttpServletRequest request, String path) {
            super(request);
            this.path = path;
            attributes.put(ServletRequestPathUtils.PATH_ATTRIBUTE,
                    RequestPath.parse(request.getContextPath() + path, request.getContextPath()));
            attributes.put(UrlPathHelper.PATH_ATTRIBUTE, path);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getRequestURI() {
            return getContextPath() + path;
        }

        @Override
        public String getServletPath() {
            return path;
        }

        @Override
        public String getPathInfo() {
            return null;
        }

        @Override
        public String getQueryString() {
            return null;
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.get(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            return Collections.enumeration(attributes.keySet());
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.remove(name);
        }
    }
}
