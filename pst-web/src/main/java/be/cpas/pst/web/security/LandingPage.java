package be.cpas.pst.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Where signing in leads: back to the page the person asked for (a link to a fiche, a dashboard), or, when they only
 * opened the application's address, straight to the page of their role (see {@link #landing}) instead of a welcome
 * page.
 */
public final class LandingPage extends SavedRequestAwareAuthenticationSuccessHandler {

    private final RequestCache requestCache;

    LandingPage(RequestCache requestCache) {
        this.requestCache = requestCache;
        setRequestCache(requestCache);
    }

    /**
     * The pages asked for before signing in, kept in the session; the address they lead back to is the page's own,
     * without the {@code ?continue} marker Spring Security would add.
     */
    static RequestCache pagesAskedFor() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setMatchingRequestParameterName(null);
        return cache;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        SavedRequest saved = requestCache.getRequest(request, response);
        if (saved == null || isRoot(saved.getRedirectUrl(), request.getContextPath())) {
            requestCache.removeRequest(request, response);
            clearAuthenticationAttributes(request);
            getRedirectStrategy().sendRedirect(request, response, landing(authentication));
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    private static boolean isRoot(String url, String contextPath) {
        String path = URI.create(url).getPath();
        return path == null || path.isEmpty() || path.equals("/") || path.equals(contextPath + "/");
    }

    /**
     * The first page of a role, where its work is: the DG's dashboard (the month's attention points), the DF's
     * financial follow-up, "Mes actions" for the CODIR and the agents, the plans for a council member, the accounts for
     * the administrator.
     */
    public static String landing(Authentication authentication) {
        if (has(authentication, "DG")) {
            return "/tableau-de-bord";
        }
        if (has(authentication, "DF")) {
            return "/suivi-financier";
        }
        if (has(authentication, "CODIR") || has(authentication, "AGENT")) {
            return "/mes-actions";
        }
        if (has(authentication, "CONSEILLER")) {
            return "/plans";
        }
        return has(authentication, "ADMIN") ? "/admin/comptes" : "/compte";
    }

    private static boolean has(Authentication authentication, String role) {
        return authentication.getAuthorities().stream()
                .anyMatch(authority -> ("ROLE_" + role).equals(authority.getAuthority()));
    }
}
