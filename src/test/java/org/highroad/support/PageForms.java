package org.highroad.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.highroad.support.PageSession.Page;

/** A form posted as its page draws it: the page read first, and the form's one-time token taken from it. */
public final class PageForms {

    private PageForms() {
    }

    /**
     * Reads the page the form at {@code action} is on (the action less its last segment), takes that form's
     * {@code formToken} (unless {@code form} has one) and posts the form with it. A page that is not there (another
     * vendor's case) gives no token: the form is posted without.
     */
    public static Page post(PageSession session, String action, Map<String, String> form) {
        String path = action.replaceFirst("\\?.*$", "");
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (!fields.containsKey("formToken")) {
            Page page = session.get(path.substring(0, path.lastIndexOf('/')));
            String token = token(page.body(), path);
            if (token != null) {
                fields.put("formToken", token);
            }
        }
        return session.post(action, fields);
    }

    /** The one-time token of the form whose action is {@code action} on this page, or null. */
    public static String token(String page, String action) {
        Matcher m = Pattern.compile(Pattern.quote(action) + "\"[\\s\\S]*?name=\"formToken\" value=\"([^\"]+)\"").matcher(page);
        return m.find() ? m.group(1) : null;
    }
}
