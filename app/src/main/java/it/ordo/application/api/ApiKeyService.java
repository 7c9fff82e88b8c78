package it.ordo.application.api;

import it.ordo.domain.ValidationException;
import java.util.List;

/**
 * The keys of the public API's clients (web shop, B2B portal, agents' app,
 * chatbot): given, listed and revoked by the administrator.
 */
public interface ApiKeyService {

    /** Requests a minute a client may make when its key does not say otherwise. */
    int DEFAULT_RATE = 600;

    /**
     * A new client with a new key, shown this once.
     *
     * @throws ValidationException naming every problem (name taken or invalid, no channel, no rights, agent)
     */
    IssuedApiKey add(NewApiKey request);

    /** Every client, by name, revoked ones included. */
    List<ApiKeyView> list();

    /** The key stops working at its next request. */
    ApiKeyView revoke(String name);
}
