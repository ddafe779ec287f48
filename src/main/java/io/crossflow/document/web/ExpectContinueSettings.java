package io.crossflow.document.web;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat answers {@code Expect: 100-continue} only when the application starts reading the body
 * ({@code continueResponseTiming=onRead}, Tomcat's default is at once): an upload that {@link
 * UploadSizeFilter} refuses by its declared length is then never sent at all.
 */
@Component
class ExpectContinueSettings implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> connector.setProperty("continueResponseTiming", "onRead"));
    }
}
