package org.atomic2dynamics.cli.demo;

import java.util.List;
import org.atomic2dynamics.dataverse.client.AppUser;
import org.atomic2dynamics.dataverse.client.ClientSettings;
import org.atomic2dynamics.dataverse.client.DataverseClient;
import org.atomic2dynamics.dataverse.client.auth.ClientCredentials;
import org.atomic2dynamics.dataverse.client.auth.FormPostTokenProvider;
import org.atomic2dynamics.dataverse.client.auth.Secret;
import org.atomic2dynamics.emulator.Emulator;
import org.atomic2dynamics.emulator.EmulatorSettings;

/** A client of an in-process emulator, through its token endpoint like any real environment. */
public final class EmulatorClients {
    private EmulatorClients() {
    }

    public static DataverseClient connect(Emulator emulator) {
        var app = new ClientCredentials(emulator.tenant(), EmulatorSettings.DEFAULT_CLIENT_ID, emulator.baseUri());
        var tokens = new FormPostTokenProvider(emulator.baseUri(), app,
                Secret.of(EmulatorSettings.DEFAULT_CLIENT_SECRET, "the emulator's default client"));
        return DataverseClient.connect(ClientSettings.of(emulator.baseUri(), List.of(new AppUser("demo", tokens))));
    }
}
