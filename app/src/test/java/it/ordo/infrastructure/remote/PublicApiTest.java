package it.ordo.infrastructure.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.ordo.application.order.OrderQuery;
import it.ordo.domain.api.ApiScope;
import it.ordo.domain.order.Channel;
import it.ordo.domain.security.Role;
import it.ordo.testing.TestCompany;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A web shop, a B2B portal, an agents' app and a chatbot calling the public
 * API of a real server over HTTPS with a real HTTP client: orders placed as
 * the desk places them and safe to send twice, "where is my order?" in the
 * customer's language, prices, cancellation, and every refusal a client
 * must be able to act on (bad or revoked keys, missing rights, too many
 * requests, bad JSON, unknown fields, oversized bodies).
 */
class PublicApiTest {

    @TempDir
    static Path tls;

    private static TestCompany company;
    private static ApiFixture api;
    private static String shop;

    @BeforeAll
    static void start() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "500");
        company.receive("P3", "MIL", "20");
        // An English-speaking customer, for the chatbot's answer in their language.
        company.customers(TestCompany.row("code", "C-EN", "name", "Echo S.r.l.", "vatNumber", "07654321012",
                "fiscalCode", "", "email", "orders@echo.example", "phone", "+39 051 000000", "tier", "B",
                "creditLimit", "100000", "paymentTerms", "Bonifico 30 gg f.m.", "acceptsBackorders", "true",
                "address", "Via Emilia 10", "postalCode", "40121", "city", "Bologna", "province", "BO", "country", "IT",
                "warehouse", "MIL", "language", "en"));
        api = new ApiFixture(company, tls);
        shop = api.key("webshop", Channel.WEB, null, null);
    }

    @AfterAll
    static void stop() {
        api.close();
        company.close();
    }

    @Test
    void anOrderIsPlacedAndFollowedByNumberAndByTheShopsOwnReference() {
        HttpResponse<String> placed = api.post(shop, "orders", ApiFixture.order("WEB-1001", "C-A", "P1", "3", "P3", "1"));

        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        JsonNode order = ApiFixture.json(placed);
        String number = order.path("number").asText();
        assertThat(number).startsWith("ORD-");
        assertThat(placed.headers().firstValue("Location")).hasValue("/public/v1/orders/" + number);
        assertThat(order.path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(order.path("channel").asText()).isEqualTo("WEB");
        // Priced as the desk prices it: 3 x 10.00 at 22% and 1 x 100.00 at 4%.
        assertThat(order.path("grossTotal").decimalValue()).isEqualByComparingTo("140.60");
        assertThat(order.path("lines")).hasSize(2);
        assertThat(order.path("lines").get(0).path("allocated").decimalValue()).isEqualByComparingTo("3");
        assertThat(order.path("promisedDate").asText()).isNotEmpty();
        // Alfa is Italian: the chatbot reads the answer out in Italian.
        assertThat(order.path("language").asText()).isEqualTo("it");
        assertThat(order.path("statusText").asText()).contains(number).contains("confermato");
        // The desk sees the same order, from the web channel.
        assertThat(company.ctx.orders().show(number).channel()).isEqualTo(Channel.WEB);

        JsonNode byNumber = ApiFixture.json(api.get(shop, "orders/" + number));
        JsonNode byReference = ApiFixture.json(api.get(shop, "orders?reference=web-1001"));
        assertThat(byNumber.path("number").asText()).isEqualTo(number);
        assertThat(byReference.path("number").asText()).isEqualTo(number);
        assertThat(byReference.path("externalRef").asText()).isEqualTo("WEB-1001");
    }

    @Test
    void theStatusSpeaksTheCustomersLanguage() {
        JsonNode order = ApiFixture.json(api.post(shop, "orders", ApiFixture.order("WEB-EN-1", "C-EN", "P1", "1")));

        assertThat(order.path("language").asText()).isEqualTo("en");
        assertThat(order.path("statusText").asText()).startsWith("Order " + order.path("number").asText() + " is confirmed");
    }

    @Test
    void aRetriedOrderGetsTheFirstAnswerAndPlacesOneOrder() {
        String body = ApiFixture.order("WEB-RETRY", "C-B", "P1", "2");
        HttpResponse<String> first = api.post(shop, "orders", body);
        HttpResponse<String> retry = api.post(shop, "orders", body);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(ApiFixture.json(retry).path("number").asText()).isEqualTo(ApiFixture.json(first).path("number").asText());
        assertThat(company.ctx.orders().search(new OrderQuery(null, null, null, null, null, null, "WEB-RETRY", null,
                false, 0, 10, null)).total()).isEqualTo(1);
    }

    @Test
    void anIdempotencyKeyMakesAnOrderWithoutReferenceSafeToSendTwice() {
        String body = ApiFixture.order(null, "C-C", "P1", "1");
        HttpResponse<String> first = api.post(shop, "orders", body, "Idempotency-Key", "cart-7781");
        HttpResponse<String> retry = api.post(shop, "orders", body, "Idempotency-Key", "cart-7781");
        HttpResponse<String> another = api.post(shop, "orders", body, "Idempotency-Key", "cart-7782");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(200);
        String number = ApiFixture.json(first).path("number").asText();
        assertThat(ApiFixture.json(retry).path("number").asText()).isEqualTo(number);
        assertThat(ApiFixture.json(another).path("number").asText()).isNotEqualTo(number);
    }

    @Test
    void priceAndAvailabilityAreThoseOfNewOrder() {
        HttpResponse<String> answer = api.get(shop, "prices?customer=C-A&product=P1&quantity=4");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode price = ApiFixture.json(answer);
        var quote = company.ctx.orderEntry().quote("C-A", "P1", new java.math.BigDecimal("4"), null, null);
        assertThat(price.path("unitPrice").decimalValue()).isEqualByComparingTo(quote.unitPrice());
        assertThat(price.path("netAmount").decimalValue()).isEqualByComparingTo("40.00");
        assertThat(price.path("availability").asText()).isEqualTo("NOW");
        assertThat(price.path("available").decimalValue()).isEqualByComparingTo(quote.available());

        assertThat(api.get(shop, "prices?customer=C-A&product=NOPE").statusCode()).isEqualTo(404);
        assertThat(api.get(shop, "prices?customer=C-A").statusCode()).isEqualTo(400);
    }

    @Test
    void anOrderIsCancelledWhileStillAllowedAndOnlyOnce() {
        String number = ApiFixture.json(api.post(shop, "orders", ApiFixture.order("WEB-CANCEL", "C-A", "P1", "5")))
                .path("number").asText();

        HttpResponse<String> cancelled = api.post(shop, "orders/" + number + "/cancel", "{\"reason\":\"changed my mind\"}");
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(ApiFixture.json(cancelled).path("status").asText()).isEqualTo("CANCELLED");

        HttpResponse<String> again = api.post(shop, "orders/" + number + "/cancel", "");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(ApiFixture.json(again).path("error").path("message").asText()).contains(number);
        // Another channel's client does not reach the web shop's orders.
        String portal = api.key("portal-cancel", Channel.B2B_PORTAL, null, null);
        String other = ApiFixture.json(api.post(shop, "orders", ApiFixture.order("WEB-KEEP", "C-A", "P1", "1")))
                .path("number").asText();
        assertThat(api.post(portal, "orders/" + other + "/cancel", "").statusCode()).isEqualTo(404);
    }

    @Test
    void anOrderWithProblemsIsRefusedNamingEachAndNothingIsWritten() {
        HttpResponse<String> refused = api.post(shop, "orders", ApiFixture.order("WEB-BAD", "C-A", "NOPE", "1", "P1", "-2"));

        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode error = ApiFixture.json(refused).path("error");
        assertThat(error.path("problems")).hasSize(2);
        assertThat(error.path("problems").toString()).contains("NOPE");
        assertThat(api.get(shop, "orders?reference=WEB-BAD").statusCode()).isEqualTo(404);
    }

    @Test
    void withoutAValidKeyNothingIsAnswered() {
        HttpResponse<String> none = api.get(null, "orders?reference=WEB-1001");
        HttpResponse<String> wrong = api.get("ordo_" + "x".repeat(43), "orders?reference=WEB-1001");

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(ApiFixture.json(none).path("error").path("message").asText()).contains("Authorization");
        assertThat(wrong.statusCode()).isEqualTo(401);

        String key = api.key("revoked-shop", Channel.WEB, null, null);
        assertThat(api.get(key, "prices?customer=C-A&product=P1").statusCode()).isEqualTo(200);
        company.ctx.apiKeys().revoke("revoked-shop");
        assertThat(api.get(key, "prices?customer=C-A&product=P1").statusCode()).isEqualTo(401);
        // What the administrator sees: the key's first characters, its state and its last use, never the key.
        var listed = company.ctx.apiKeys().list().stream().filter(k -> k.name().equals("revoked-shop")).findFirst()
                .orElseThrow();
        assertThat(listed.revoked()).isTrue();
        assertThat(listed.lastUsedAt()).isNotNull();
        assertThat(key).startsWith(listed.keyHint().replace("…", ""));
        assertThat(listed.toString()).doesNotContain(key);
    }

    @Test
    void aKeyDoesOnlyWhatItsRightsAllow() {
        String chatbot = api.key("chatbot", Channel.APP, null, null, ApiScope.VIEW_ORDERS);

        HttpResponse<String> refused = api.post(chatbot, "orders", ApiFixture.order("APP-1", "C-A", "P1", "1"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(ApiFixture.json(refused).path("error").path("message").asText()).contains("PLACE_ORDERS");
        assertThat(api.get(chatbot, "prices?customer=C-A&product=P1").statusCode()).isEqualTo(403);
        assertThat(api.get(chatbot, "orders?reference=APP-1").statusCode()).isEqualTo(404);
    }

    @Test
    void aClientOverItsRateIsToldWhenToComeBack() {
        String busy = api.key("busy-bot", Channel.APP, null, 2, ApiScope.VIEW_PRICES);

        assertThat(api.get(busy, "prices?customer=C-A&product=P1").statusCode()).isEqualTo(200);
        assertThat(api.get(busy, "prices?customer=C-A&product=P1").statusCode()).isEqualTo(200);
        HttpResponse<String> third = api.get(busy, "prices?customer=C-A&product=P1");

        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.headers().firstValue("Retry-After").map(Integer::parseInt)).hasValueSatisfying(
                s -> assertThat(s).isBetween(1, 60));
        // Another client's allowance is its own.
        assertThat(api.get(shop, "prices?customer=C-A&product=P1").statusCode()).isEqualTo(200);
    }

    @Test
    void badJsonUnknownFieldsAndOversizedBodiesAreRefusedReadably() {
        HttpResponse<String> broken = api.post(shop, "orders", "{\"customer\": \"C-A\", \"lines\": [");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(ApiFixture.json(broken).path("error").path("code").asText()).isEqualTo("api.json.invalid");

        HttpResponse<String> misspelt = api.post(shop, "orders",
                "{\"customer\":\"C-A\",\"lines\":[{\"sku\":\"P1\",\"quantiy\":2}]}");
        assertThat(misspelt.statusCode()).isEqualTo(400);
        assertThat(ApiFixture.json(misspelt).path("error").path("message").asText())
                .contains("\"quantiy\"").contains("lines[0]").contains("quantity");

        HttpResponse<String> wrongType = api.post(shop, "orders",
                "{\"customer\":\"C-A\",\"priority\":\"SOON\",\"lines\":[{\"sku\":\"P1\",\"quantity\":1}]}");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(ApiFixture.json(wrongType).path("error").path("message").asText()).contains("priority");

        String huge = ApiFixture.order("WEB-HUGE", "C-A", "P1", "1").replace("}]}",
                "}],\"notes\":\"" + "x".repeat(PublicApi.MAX_BODY) + "\"}");
        HttpResponse<String> oversized = api.post(shop, "orders", huge);
        assertThat(oversized.statusCode()).isEqualTo(413);
        assertThat(api.get(shop, "orders?reference=WEB-HUGE").statusCode()).isEqualTo(404);

        // In Italian for a client that asks for it.
        HttpResponse<String> italian = api.send(api.request(shop, "orders").header("Accept-Language", "it-IT")
                .POST(HttpRequest.BodyPublishers.ofString("{\"customer\":\"C-A\",\"colour\":1}")).build());
        assertThat(ApiFixture.json(italian).path("error").path("message").asText()).startsWith("Campo \"colour\"");
    }

    @Test
    void anAgentsAppSeesAndOrdersOnlyForTheAgentsCustomers() {
        company.ctx.users().add("rossi", Set.of(Role.SALES_AGENT), "Temporanea-123");
        company.ctx.agents().link("rossi", "C-A");
        String app = api.key("rossi-tablet", Channel.AGENT, "rossi", null);
        String others = company.order("C-B", "PHONE-B-1", "P1", "1").number();

        HttpResponse<String> own = api.post(app, "orders", ApiFixture.order("AG-1", "C-A", "P1", "2"));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
        String number = ApiFixture.json(own).path("number").asText();
        assertThat(company.ctx.orders().show(number).channel()).isEqualTo(Channel.AGENT);
        assertThat(company.ctx.orders().show(number).createdBy()).isEqualTo("rossi");

        HttpResponse<String> foreign = api.post(app, "orders", ApiFixture.order("AG-2", "C-B", "P1", "2"));
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(ApiFixture.json(foreign).path("error").path("message").asText()).contains("C-B").contains("rossi");
        assertThat(api.get(app, "orders/" + others).statusCode()).isEqualTo(404);
        assertThat(api.get(app, "prices?customer=C-B&product=P1").statusCode()).isEqualTo(403);
        assertThat(api.get(app, "prices?customer=C-A&product=P1").statusCode()).isEqualTo(200);

        // An agent who leaves (disabled) takes the app's key with them.
        company.ctx.users().disable("rossi");
        assertThat(api.get(app, "orders/" + number).statusCode()).isEqualTo(401);
    }
}
