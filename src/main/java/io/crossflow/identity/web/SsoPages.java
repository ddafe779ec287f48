package io.crossflow.identity.web;

import io.crossflow.identity.internal.SsoSignIn;
import io.crossflow.shared.Translator;
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

    private final Translator translator;

    SsoPages(Translator translator) {
        this.translator = translator;
    }

    @GetMapping(SsoSignIn.REFUSED_PATH)
    ResponseEntity<String> refused(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object email = session == null ? null : session.getAttribute(SsoSignIn.REFUSED_EMAIL);
        String account = email instanceof String s && !s.isBlank() ? HtmlUtils.htmlEscape(s) : "";
        if (chinese(request)) {
            return page(
                    HttpStatus.FORBIDDEN,
                    request,
                    "单点登录被拒绝",
                    "您的单点登录账号" + (account.isEmpty() ? "" : "（" + account + "）") + "尚未在协同流中登记；请联系您的管理员邀请您。");
        }
        return page(
                HttpStatus.FORBIDDEN,
                request,
                "Single sign-on refused",
                "Your single sign-on account" + (account.isEmpty() ? "" : " (" + account + ")")
                        + " is not registered in Crossflow; ask your administrator to invite you.");
    }

    @GetMapping(SsoSignIn.FAILED_PATH)
    ResponseEntity<String> failed(HttpServletRequest request) {
        if (chinese(request)) {
            return page(HttpStatus.UNAUTHORIZED, request, "单点登录未完成", "通过贵单位的身份提供方登录未能完成。请重试；如果仍然失败，请使用密码登录或联系您的管理员。");
        }
        return page(
                HttpStatus.UNAUTHORIZED,
                request,
                "Single sign-on did not complete",
                "Signing in through your organisation's identity provider did not complete. Please try again;"
                        + " if it keeps failing, sign in with your password or ask your administrator.");
    }

    /**
     * Where a tenant admin's test sign-in ends (in its own tab): what the identity provider's answer
     * would do. The admin is still signed in as itself; its SSO tab shows the same result.
     */
    @GetMapping(SsoSignIn.TEST_RESULT_PATH)
    ResponseEntity<String> testResult(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object result = session == null ? null : session.getAttribute(SsoSignIn.TEST_RESULT);
        boolean chinese = chinese(request);
        if (!(result instanceof String[] outcome) || outcome.length != 2) {
            return page(
                    HttpStatus.NOT_FOUND,
                    request,
                    chinese ? "没有测试结果" : "No test result",
                    chinese
                            ? "请在系统管理的“单点登录”页签中点击“测试登录”。"
                            : "Start a test sign-in from the Single sign-on tab of Administration.",
                    chinese ? "zh-CN" : "en",
                    "/admin?tab=sso",
                    chinese ? "返回单点登录设置" : "Back to the single sign-on settings");
        }
        String title = switch (outcome[0]) {
            case "MATCHED" -> chinese ? "测试登录成功：找到了对应的用户" : "Test sign-in worked: the account was matched";
            case "WOULD_CREATE" -> chinese ? "测试登录成功：将创建新用户" : "Test sign-in worked: a new user would be created";
            default -> chinese ? "测试登录：此账户将被拒绝" : "Test sign-in: this account would be refused";
        };
        String still = chinese
                ? "您仍以自己的身份登录，未创建或更改任何内容。可以关闭此标签页。"
                : "You are still signed in as yourself; nothing was created or changed. You can close this tab.";
        return page(
                HttpStatus.OK,
                request,
                title,
                HtmlUtils.htmlEscape(translator.translate(outcome[1], request.getLocale())) + "</p><p>" + still,
                chinese ? "zh-CN" : "en",
                "/admin?tab=sso",
                chinese ? "返回单点登录设置" : "Back to the single sign-on settings");
    }

    /** The browser prefers Chinese (its Accept-Language, as the web app's first visit does). */
    private static boolean chinese(HttpServletRequest request) {
        return request.getLocale() != null && "zh".equals(request.getLocale().getLanguage());
    }

    private static ResponseEntity<String> page(
            HttpStatus status, HttpServletRequest request, String title, String message) {
        return chinese(request)
                ? page(status, request, title, message, "zh-CN", "/login", "返回登录")
                : page(status, request, title, message, "en", "/login", "Back to sign-in");
    }

    private static ResponseEntity<String> page(
            HttpStatus status,
            HttpServletRequest request,
            String title,
            String message,
            String language,
            String back,
            String backText) {
        String html =
                """
                <!doctype html>
                <html lang="%4$s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s · Crossflow</title>
                <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5}</style>
                </head>
                <body>
                <h1>%1$s</h1>
                <p>%2$s</p>
                <p><a href="%3$s%5$s">%6$s</a></p>
                </body>
                </html>
                """.formatted(title, message, HtmlUtils.htmlEscape(request.getContextPath()), language, back, backText);
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store")
                .body(html);
    }
}
