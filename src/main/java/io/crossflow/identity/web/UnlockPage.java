package io.crossflow.identity.web;

import io.crossflow.identity.internal.UnlockLinks;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

/**
 * The page an unlock e-mail links to, in Chinese or English by the browser's language. Opening
 * the link only shows a button; the button's POST uses the link up. So a mail scanner or a link
 * preview that fetches the address cannot spend it before its owner does.
 */
@Controller
class UnlockPage {

    private final UnlockLinks links;

    UnlockPage(UnlockLinks links) {
        this.links = links;
    }

    @GetMapping(UnlockLinks.PATH)
    ResponseEntity<String> confirm(@RequestParam(required = false) String token, HttpServletRequest request) {
        Words words = Words.of(request);
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String form = """
                <form method="post" action="%s%s">
                <input type="hidden" name="token" value="%s">
                <input type="hidden" name="%s" value="%s">
                <button type="submit">%s</button>
                </form>
                """.formatted(
                        HtmlUtils.htmlEscape(request.getContextPath()),
                        UnlockLinks.PATH,
                        HtmlUtils.htmlEscape(token == null ? "" : token),
                        csrf == null ? "_csrf" : HtmlUtils.htmlEscape(csrf.getParameterName()),
                        csrf == null ? "" : HtmlUtils.htmlEscape(csrf.getToken()),
                        words.button);
        return page(HttpStatus.OK, request, words, words.confirmTitle, words.confirmText, form);
    }

    @PostMapping(UnlockLinks.PATH)
    ResponseEntity<String> unlock(@RequestParam(required = false) String token, HttpServletRequest request) {
        Words words = Words.of(request);
        if (links.redeem(token)) {
            return page(HttpStatus.OK, request, words, words.doneTitle, words.doneText, "");
        }
        return page(HttpStatus.BAD_REQUEST, request, words, words.invalidTitle, words.invalidText, "");
    }

    private static ResponseEntity<String> page(
            HttpStatus status, HttpServletRequest request, Words words, String title, String text, String form) {
        String html = """
                <!doctype html>
                <html lang="%1$s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="referrer" content="no-referrer">
                <title>%2$s · Crossflow</title>
                </head>
                <body>
                <h1>%2$s</h1>
                <p>%3$s</p>
                %4$s<p><a href="%5$s/login">%6$s</a></p>
                </body>
                </html>
                """.formatted(
                        words.lang, title, text, form, HtmlUtils.htmlEscape(request.getContextPath()), words.signIn);
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .body(html);
    }

    /** The page's words in the two languages of the product. */
    private record Words(
            String lang,
            String confirmTitle,
            String confirmText,
            String button,
            String doneTitle,
            String doneText,
            String invalidTitle,
            String invalidText,
            String signIn) {

        static final Words EN = new Words(
                "en",
                "Unlock your account",
                "Someone tried to sign in to your account with wrong passwords, so it was locked. If you want to sign"
                        + " in now, unlock it. If it was not you, consider changing your password after signing in.",
                "Unlock my account",
                "Your account is unlocked",
                "You can sign in again now.",
                "This link no longer works",
                "The link has expired or has been used already. The lock ends by itself after a few minutes;"
                        + " you can also wait for it, or ask your administrator.",
                "Go to sign-in");

        static final Words ZH = new Words(
                "zh-CN",
                "解锁您的账户",
                "有人用错误的密码尝试登录您的账户，账户因此被锁定。如需立即登录，请解锁。如果不是您本人操作，建议登录后修改密码。",
                "解锁我的账户",
                "您的账户已解锁",
                "您现在可以重新登录了。",
                "此链接已失效",
                "链接已过期或已被使用。锁定会在几分钟后自动解除；您也可以等待，或联系管理员。",
                "前往登录");

        static Words of(HttpServletRequest request) {
            Locale locale = request.getLocale();
            return locale != null && "zh".equals(locale.getLanguage()) ? ZH : EN;
        }
    }
}
