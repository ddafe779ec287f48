package io.crossflow.identity.web;

import io.crossflow.identity.internal.SsoSignIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/** The two small pages a browser sees when single sign-on does not sign it in. */
@Controller
class SsoPages {

    @GetMapping(SsoSignIn.REFUSED_PATH)
    ResponseEntity<String> refused(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object email = session == null ? null : session.getAttribute(SsoSignIn.REFUSED_EMAIL);
        String account = email instanceof String s && !s.isBlank() ? " (" + HtmlUtils.htmlEscape(s) + ")" : "";
        return page(
                HttpStatus.FORBIDDEN,
                request,
                "Single sign-on refused",
                "Your single sign-on account" + account
                        + " is not registered in Crossflow; ask your administrator to invite you.");
    }

    @GetMapping(SsoSignIn.FAILED_PATH)
    ResponseEntity<String> failed(HttpServletRequest request) {
        return page(
                HttpStatus.UNAUTHORIZED,
                request,
                "Single sign-on did not complete",
                "Signing in through your organisation's identity provider did not complete. Please try again;"
                        + " if it keeps failing, sign in with your password or ask your administrator.");
    }

    private static ResponseEntity<String> page(
            HttpStatus status, HttpServletRequest request, String title, String message) {
        String html = """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s · Crossflow</title>
                <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5}</style>
                </head>
                <body>
                <h1>%1$s</h1>
                <p>%2$s</p>
                <p><a href="%3$s/login">Back to sign-in</a></p>
                </body>
                </html>
                """.formatted(title, message, HtmlUtils.htmlEscape(request.getContextPath()));
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store")
                .body(html);
    }
}
