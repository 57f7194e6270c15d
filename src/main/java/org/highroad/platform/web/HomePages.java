package org.highroad.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.highroad.platform.pages.HtmlPages;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The front door: {@code /} sends each person to their pages (a contractor or employer to {@code /portal/}, agency
 * staff to {@code /staff/}, everyone else to {@code /public/}); the sign-in form; the staff landing (links to each role's
 * staff pages, Tasklist and the API); the public landing; the page that says a request was refused.
 */
@Controller
@HtmlPages
class HomePages {

    @GetMapping("/")
    @PreAuthorize("permitAll()")
    String home(@AuthenticationPrincipal HighroadUser user) {
        if (user == null) {
            return "redirect:/public/";
        }
        if (user.isAgencyStaff()) {
            return "redirect:/staff/";
        }
        return user.has(Role.CONTRACTOR) ? "redirect:/portal/" : "redirect:/public/";
    }

    @GetMapping("/sign-in")
    @PreAuthorize("permitAll()")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) Long wait,
            @RequestParam(required = false) String signedOut, Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("wait", wait);
        model.addAttribute("signedOut", signedOut != null);
        return "platform/sign-in";
    }

    @GetMapping("/staff/")
    @PreAuthorize("hasAnyRole('ADMIN','PROCUREMENT_OFFICER','AUDITOR','WORKFORCE_STAFF')")
    String staff() {
        return "platform/staff";
    }

    /**
     * A page refused: the role may not open it, or a form came without its token (a page left open across a sign-out,
     * or sent from elsewhere). Reached by the page chain's forward with the 403 and the reason, or on its own.
     */
    @RequestMapping("/forbidden")
    @PreAuthorize("permitAll()")
    String forbidden(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        Object reason = request.getAttribute(WebAttributes.ACCESS_DENIED_403);
        model.addAttribute("csrf", reason instanceof CsrfException);
        // the language switch reopens the page that was refused, not this one
        Object refused = request.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_REQUEST_URI);
        if (refused instanceof String path && request.getMethod().equals("GET")) {
            model.addAttribute("currentPath", path.substring(request.getContextPath().length()));
        }
        return "platform/forbidden";
    }

    @GetMapping("/public/")
    @PreAuthorize("permitAll()")
    String publicHome() {
        return "platform/public";
    }
}
