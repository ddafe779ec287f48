package io.crossflow.identity.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crossflow.identity.IdentityProperties;
import io.crossflow.shared.InvalidInputException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Reads an issuer's OpenID Connect discovery document ({@code /.well-known/openid-configuration})
 * with a short timeout, when a tenant admin saves its single sign-on. Every failure is a field
 * error on {@code issuerUri} that says what went wrong, never the answer's body (the address is the
 * admin's, the server fetching it must not become a way to read other hosts).
 */
@Component
class OidcDiscovery {

    private static final String FIELD = "issuerUri";
    private static final int MAX_BODY = 256 * 1024;

    private final ObjectMapper json;
    private final Duration timeout;
    private final HttpClient http;

    OidcDiscovery(ObjectMapper json, IdentityProperties settings) {
        this.json = json;
        this.timeout = settings.sso().discoveryTimeout();
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The provider's endpoints; a field error on {@code issuerUri} when they cannot be read. */
    Provider discover(String issuer) {
        String address = issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration";
        HttpResponse<byte[]> response;
        try {
            response = http.send(
                    HttpRequest.newBuilder(URI.create(address))
                            .timeout(timeout)
                            .header("Accept", "application/json")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw problem("The identity provider at " + issuer + " did not answer within " + timeout.toSeconds()
                    + " seconds. Check the issuer URL.");
        } catch (IOException | IllegalArgumentException e) {
            throw problem("Crossflow could not reach " + issuer + ". Check the issuer URL and that the provider is"
                    + " reachable from the Crossflow server.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw problem("Crossflow could not reach " + issuer + ". Check the issuer URL and that the provider is"
                    + " reachable from the Crossflow server.");
        }
        if (response.statusCode() != 200) {
            throw problem("The identity provider answered " + response.statusCode() + " for " + address
                    + "; enter the issuer URL of an OpenID Connect provider.");
        }
        JsonNode document;
        try {
            if (response.body().length > MAX_BODY) {
                throw new IOException("too large");
            }
            document = json.readTree(response.body());
        } catch (IOException e) {
            document = null;
        }
        if (document == null || !document.isObject() || !document.hasNonNull("authorization_endpoint")) {
            throw problem(address + " is not an OpenID Connect discovery document; check the issuer URL.");
        }
        String announced = document.path("issuer").asText("");
        if (!announced.equals(issuer)) {
            throw problem("The provider names its issuer '" + announced
                    + "', not the URL entered; enter exactly the issuer it names.");
        }
        String authorization = document.path("authorization_endpoint").asText("");
        String token = document.path("token_endpoint").asText("");
        String jwks = document.path("jwks_uri").asText("");
        if (authorization.isBlank() || token.isBlank() || jwks.isBlank()) {
            throw problem(
                    "The provider's discovery document lacks an authorization, token or key set endpoint, which sign-in needs.");
        }
        String userInfo = document.path("userinfo_endpoint").asText("");
        // client_secret_basic is the default of the specification when the provider names none
        boolean basic = !document.has("token_endpoint_auth_methods_supported");
        boolean post = false;
        for (JsonNode method : document.path("token_endpoint_auth_methods_supported")) {
            basic |= "client_secret_basic".equals(method.asText());
            post |= "client_secret_post".equals(method.asText());
        }
        if (!basic && !post) {
            throw problem("The provider accepts neither client_secret_basic nor client_secret_post at its token"
                    + " endpoint; Crossflow signs in with a client secret.");
        }
        return new Provider(
                authorization,
                token,
                jwks,
                userInfo.isBlank() ? null : userInfo,
                basic ? "client_secret_basic" : "client_secret_post");
    }

    private static InvalidInputException problem(String message) {
        return InvalidInputException.field(FIELD, message);
    }

    record Provider(
            String authorizationUri, String tokenUri, String jwkSetUri, String userInfoUri, String clientAuthMethod) {}
}
