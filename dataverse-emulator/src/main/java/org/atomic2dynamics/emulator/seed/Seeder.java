package org.atomic2dynamics.emulator.seed;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.atomic2dynamics.emulator.SeedUser;
import org.atomic2dynamics.emulator.auth.TokenService;
import org.atomic2dynamics.emulator.data.Backend;
import org.atomic2dynamics.emulator.data.EntityWriter;
import org.atomic2dynamics.emulator.data.OrgIds;
import org.atomic2dynamics.emulator.schema.EntityType;
import org.atomic2dynamics.emulator.store.Ref;
import org.atomic2dynamics.emulator.store.Tx;

/**
 * The records every environment starts with: one business unit, the base currency (USD), an application
 * user per accepted client, the seeded systemusers and one owner team. Ids are name-based, so they are
 * the same on every start and after a reset.
 */
public final class Seeder {
    private final Backend backend;
    private final TokenService tokens;
    private final EntityWriter writer;

    public Seeder(Backend backend, TokenService tokens) {
        this.backend = backend;
        this.tokens = tokens;
        this.writer = new EntityWriter(backend);
    }

    /** The user seeded records are created by: the first client's application user. */
    public UUID systemCaller() {
        return tokens.applicationUser(new TreeMap<>(backend.settings().clients()).firstKey());
    }

    public void seed() {
        OrgIds org = backend.org();
        backend.store().write(tx -> {
            insert(tx, "businessunit", org.businessUnit(), Map.of("name", "atomic2dynamics"));
            insert(tx, "transactioncurrency", org.baseCurrency(), Map.of("isocurrencycode", "USD",
                    "currencyname", "US Dollar", "currencysymbol", "$", "currencyprecision", 2,
                    "exchangerate", BigDecimal.ONE.setScale(10)));
            insert(tx, "organization", org.organization(), Map.of("name", "atomic2dynamics", "basecurrencyid",
                    new Ref("transactioncurrency", org.baseCurrency()), "languagecode", 1033,
                    "maxuploadfilesize", (int) Math.min(Integer.MAX_VALUE, backend.settings().maxAttachmentBytes())));
            new TreeMap<>(backend.settings().clients()).keySet().forEach(client -> applicationUser(tx, client));
            insert(tx, "team", org.team(), Map.of("name", "atomic2dynamics", "teamtype", 0,
                    "businessunitid", new Ref("businessunit", org.businessUnit())));
            backend.settings().users().forEach(u -> user(tx, u));
            UUID publisher = OrgIds.id(backend.settings().tenant(), "publisher:default");
            insert(tx, "publisher", publisher, Map.of("uniquename", "DefaultPublisher", "friendlyname",
                    "Default Publisher", "customizationprefix", "new", "customizationoptionvalueprefix", 10000));
            insert(tx, "solution", OrgIds.id(backend.settings().tenant(), "solution:default"), Map.of("uniquename",
                    "Default", "friendlyname", "Default Solution", "version", "1.0", "publisherid",
                    new Ref("publisher", publisher)));
            SdkMessages.seed(tx, backend, this);
            return null;
        });
    }

    /** The sdkmessagefilter records of a table created through the metadata API (its bulk messages included). */
    public void addMessageFilters(Tx tx, EntityType type) {
        SdkMessages.filters(tx, backend, this, type);
    }

    /** After a reload: adds the configured users and application users that the saved state lacks. */
    public void addMissingUsers() {
        backend.store().write(tx -> {
            for (String client : new TreeMap<>(backend.settings().clients()).keySet()) {
                if (backend.store().get("systemuser", tokens.applicationUser(client)).isEmpty()) {
                    applicationUser(tx, client);
                }
            }
            for (SeedUser u : backend.settings().users()) {
                if (backend.store().get("systemuser", userId(backend.settings().tenant(), u.email())).isEmpty()) {
                    user(tx, u);
                }
            }
            return null;
        });
    }

    private void applicationUser(Tx tx, String clientId) {
        Map<String, Object> v = new HashMap<>();
        v.put("firstname", "#");
        v.put("lastname", "atomic2dynamics " + clientId.substring(0, Math.min(8, clientId.length())));
        v.put("applicationid", UUID.fromString(clientId.length() == 36 ? clientId : OrgIds.id("client", clientId).toString()));
        v.put("accessmode", 4);
        v.put("isdisabled", Boolean.FALSE);
        v.put("domainname", clientId + "@emulator.local");
        v.put("businessunitid", new Ref("businessunit", backend.org().businessUnit()));
        insert(tx, "systemuser", tokens.applicationUser(clientId), v);
    }

    private void user(Tx tx, SeedUser u) {
        Map<String, Object> v = new HashMap<>();
        v.put("firstname", u.firstName());
        v.put("lastname", u.lastName());
        v.put("internalemailaddress", u.email());
        v.put("domainname", u.email());
        v.put("isdisabled", u.disabled());
        v.put("accessmode", 0);
        v.put("businessunitid", new Ref("businessunit", backend.org().businessUnit()));
        insert(tx, "systemuser", userId(backend.settings().tenant(), u.email()), v);
    }

    /** The id of a seeded user: name-based on the lower-cased email. */
    public static UUID userId(String tenant, String email) {
        return OrgIds.id(tenant, "systemuser:" + email.toLowerCase(Locale.ROOT));
    }

    void insert(Tx tx, String table, UUID id, Map<String, Object> values) {
        EntityType type = backend.schema().type(table);
        Map<String, Object> all = writer.forCreate(type, new HashMap<>(values), systemCaller(), true);
        if (type.property("ownerid").isEmpty()) {
            all.remove("ownerid");
        }
        tx.insert(table, id, all);
    }
}
