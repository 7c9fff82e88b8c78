package it.ordo.application.api;

/** A new client and its key: the only time the key is shown (only its hash is kept). */
public record IssuedApiKey(ApiKeyView client, String key) {
}
