package org.ecoreform.platform.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Publishes the test key set over HTTP, as a provincial identity provider would: the service jars
 * started by {@link ServiceProcesses} verify tokens against this URL, so fetching keys from a JWKS
 * URL is exercised by every test that writes to them. One per test JVM.
 */
public final class JwksServer {

    private static String url;

    private JwksServer() {}

    /** The JWKS URL, starting the server on first use. */
    public static synchronized String url() {
        if (url == null) {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                byte[] body = Tokens.jwks().getBytes(StandardCharsets.UTF_8);
                server.createContext("/jwks.json", exchange -> {
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                });
                server.setExecutor(null);
                server.start();
                url = "http://localhost:" + server.getAddress().getPort() + "/jwks.json";
            } catch (IOException e) {
                throw new UncheckedIOException("JWKS server did not start", e);
            }
        }
        return url;
    }
}
