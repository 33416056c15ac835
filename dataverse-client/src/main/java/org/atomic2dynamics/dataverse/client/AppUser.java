package org.atomic2dynamics.dataverse.client;

import org.atomic2dynamics.dataverse.client.auth.TokenProvider;

/** One application user the client may send requests as; each has its own service protection limits. */
public record AppUser(String label, TokenProvider tokens) {
}
