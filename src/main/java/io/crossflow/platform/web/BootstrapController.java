package io.crossflow.platform.web;

import io.crossflow.platform.internal.Bootstrap;
import io.crossflow.platform.internal.Bootstrap.CompleteRequest;
import io.crossflow.platform.internal.Bootstrap.Created;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The first start (docs/administration.md, "First start"): anonymous, because nobody can sign in
 * yet; the one-time token from the log is the credential.
 */
@RestController
class BootstrapController {

    private final Bootstrap bootstrap;

    BootstrapController(Bootstrap bootstrap) {
        this.bootstrap = bootstrap;
    }

    @GetMapping("/api/platform/bootstrap")
    Status status() {
        return new Status(bootstrap.open());
    }

    @PostMapping("/api/platform/bootstrap")
    @ResponseStatus(HttpStatus.CREATED)
    Created complete(@RequestBody CompleteRequest request) {
        return bootstrap.complete(request);
    }

    /** {@code open}: no platform operator exists yet, so a token from the log can create the first. */
    record Status(boolean open) {}
}
