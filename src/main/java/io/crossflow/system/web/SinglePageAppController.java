package io.crossflow.system.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The web app routes in the browser (history mode): a page address such as {@code /inbox} or
 * {@code /projects/42} is answered with the app's {@code index.html}. Server paths ({@code /api}, {@code /engine-rest},
 * Camunda's webapps, actuator, API docs, sign-in endpoints) and files (a dot in the last segment)
 * are never caught here, so an unknown {@code /api} path still answers a 404 ProblemDetail.
 */
@Controller
class SinglePageAppController {

    private static final String PAGE =
            "{page:^(?!api$|engine-rest$|camunda$|actuator$|assets$|swagger-ui$|v3$|oauth2$|sso$|error$|logout$)[^.]+}";

    @GetMapping({"/" + PAGE, "/" + PAGE + "/{*rest}"})
    String page() {
        return "forward:/index.html";
    }
}
