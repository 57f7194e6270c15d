package org.highroad.platform.paging;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A page answered with RFC 8288 {@code Link} headers ({@code first}, {@code prev}, {@code next}, {@code last}), each
 * the request's own URL with only {@code page} changed, so a client can walk the list without building URLs.
 */
public final class PagedAnswer {

    private PagedAnswer() {
    }

    public static <T> ResponseEntity<PageView<T>> of(PageView<T> page) {
        List<String> links = new ArrayList<>();
        links.add(link(0, "first"));
        if (page.hasPrevious()) {
            links.add(link(Math.min(page.page() - 1, Math.max(page.totalPages() - 1, 0)), "prev"));
        }
        if (page.hasNext()) {
            links.add(link(page.page() + 1, "next"));
        }
        links.add(link(Math.max(page.totalPages() - 1, 0), "last"));
        return ResponseEntity.ok().header(HttpHeaders.LINK, String.join(", ", links)).body(page);
    }

    private static String link(int page, String rel) {
        String url = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build().toUriString();
        return "<" + url + ">; rel=\"" + rel + "\"";
    }
}
