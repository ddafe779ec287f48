package io.crossflow.system.internal;

import io.crossflow.shared.InvalidInputException;
import io.crossflow.shared.Localized;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Words every {@link ProblemDetail} in the language the caller asked for ({@code Accept-Language},
 * which the web app sets to its UI language): title, detail and each field error, and the
 * messages of any {@link Localized} body or problem property.
 */
@RestControllerAdvice
class ProblemLanguageAdvice implements ResponseBodyAdvice<Object> {

    private final ProblemTranslations translations;

    ProblemLanguageAdvice(ProblemTranslations translations) {
        this.translations = translations;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            Locale locale = LocaleContextHolder.getLocale();
            problem.setTitle(translations.translate(problem.getTitle(), locale));
            problem.setDetail(translations.translate(problem.getDetail(), locale));
            Map<String, Object> properties = problem.getProperties();
            if (properties != null && properties.get("errors") instanceof List<?> errors) {
                problem.setProperty(
                        "errors", errors.stream().map(e -> translate(e, locale)).toList());
            }
            if (properties != null) {
                properties.entrySet().stream()
                        .filter(e -> e.getValue() instanceof Localized)
                        .toList()
                        .forEach(e -> problem.setProperty(
                                e.getKey(),
                                ((Localized) e.getValue()).localized(m -> translations.translate(m, locale))));
            }
        } else if (body instanceof Localized localized) {
            Locale locale = LocaleContextHolder.getLocale();
            return localized.localized(m -> translations.translate(m, locale));
        }
        return body;
    }

    private Object translate(Object error, Locale locale) {
        if (error instanceof InvalidInputException.FieldError field) {
            return new InvalidInputException.FieldError(field.field(), translations.translate(field.message(), locale));
        }
        return error;
    }
}
