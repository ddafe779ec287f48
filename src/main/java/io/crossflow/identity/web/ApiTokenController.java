package io.crossflow.identity.web;

import io.crossflow.identity.CurrentUsers;
import io.crossflow.identity.internal.ApiTokens;
import io.crossflow.identity.internal.ApiTokens.CreatedToken;
import io.crossflow.identity.internal.ApiTokens.TokenRequest;
import io.crossflow.identity.internal.ApiTokens.TokenView;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own API tokens, and tenant admins' tokens for service users (docs/identity.md). */
@RestController
class ApiTokenController {

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/api/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    CreatedToken create(@RequestBody TokenRequest request) {
        return tokens.createOwn(CurrentUsers.require(), request);
    }

    @GetMapping("/api/tokens")
    List<TokenView> list() {
        return tokens.listOwn(CurrentUsers.require());
    }

    @DeleteMapping("/api/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable UUID id) {
        tokens.revoke(CurrentUsers.require(), id);
    }

    @PostMapping("/api/admin/users/{userId}/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    CreatedToken createForServiceUser(@PathVariable UUID userId, @RequestBody TokenRequest request) {
        return tokens.createForServiceUser(CurrentUsers.require(), userId, request);
    }

    @GetMapping("/api/admin/users/{userId}/tokens")
    List<TokenView> listForServiceUser(@PathVariable UUID userId) {
        return tokens.listForServiceUser(CurrentUsers.require(), userId);
    }
}
