package it.ordo.infrastructure.remote;

import com.fasterxml.jackson.databind.JsonNode;
import it.ordo.domain.api.ApiScope;
import it.ordo.domain.order.Channel;
import it.ordo.testing.TestCompany;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

/**
 * A real Ordo server on the loopback address serving only the public API
 * (as {@code ordo api start} does), with real TLS, in front of a test
 * company's database; and a real HTTP client that trusts its certificate.
 */
public final class ApiFixture implements AutoCloseable {

    final TestCompany company;
    final OrdoServer server;
    final URI base;
    final HttpClient http;

    public ApiFixture(TestCompany company, Path tlsFolder) {
        this.company = company;
        Tls.Identity identity = Tls.serverIdentity(tlsFolder, null, null);
        this.server = OrdoServer.start(new OrdoServer.Options(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                        identity.context(), Duration.ofMinutes(30), 16), company.clock, null, company.ctx::as,
                new PublicApi(company.ctx.apiAccess(), company.ctx::as, new RateLimiter()));
        this.base = URI.create("https://127.0.0.1:" + server.port() + PublicApi.PREFIX);
        this.http = HttpClient.newBuilder().sslContext(new Tls.Pinning(identity.fingerprint()).context())
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A new client's key, as the administrator gives it. */
    public String key(String name, Channel channel, String agent, Integer perMinute, ApiScope... scopes) {
        return company.ctx.apiKeys().add(new it.ordo.application.api.NewApiKey(name, channel,
                scopes.length == 0 ? EnumSet.allOf(ApiScope.class) : EnumSet.copyOf(List.of(scopes)), agent,
                perMinute)).key();
    }

    public HttpResponse<String> get(String key, String path) {
        return send(request(key, path).GET().build());
    }

    public HttpResponse<String> post(String key, String path, String body, String... headers) {
        HttpRequest.Builder r = request(key, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            r.header(headers[i], headers[i + 1]);
        }
        return send(r.build());
    }

    HttpRequest.Builder request(String key, String path) {
        HttpRequest.Builder r = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        return key == null ? r : r.header("Authorization", "Bearer " + key);
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return PublicApi.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An order of the given lines (SKU, quantity pairs) as a web shop writes it. */
    public static String order(String ref, String customer, String... skuQty) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < skuQty.length; i += 2) {
            lines.append(i == 0 ? "" : ",").append("{\"sku\":\"").append(skuQty[i]).append("\",\"quantity\":")
                    .append(skuQty[i + 1]).append('}');
        }
        return "{" + (ref == null ? "" : "\"externalRef\":\"" + ref + "\",") + "\"customer\":\"" + customer
                + "\",\"lines\":[" + lines + "]}";
    }

    @Override
    public void close() {
        server.close();
        http.close();
    }
}
