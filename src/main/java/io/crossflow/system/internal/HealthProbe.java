package io.crossflow.system.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The container health check: exits 0 when {@code /actuator/health} answers UP. A class of our own
 * rather than curl, because neither base image is guaranteed to have curl (the locally built one
 * has no shell at all); it needs nothing but the JRE. Run as
 * {@code java -cp /app/classes io.crossflow.system.internal.HealthProbe [url]}.
 */
final class HealthProbe {

    static final URI DEFAULT = URI.create("http://localhost:8080/actuator/health");

    private HealthProbe() {}

    public static void main(String[] args) {
        URI url = args.length > 0 ? URI.create(args[0]) : DEFAULT;
        boolean up = isUp(url);
        System.out.println(url + (up ? " is UP" : " is not UP"));
        System.exit(up ? 0 : 1);
    }

    static boolean isUp(URI url) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(5))
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200
                    && response.body().replace(" ", "").contains("\"status\":\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
