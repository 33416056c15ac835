package org.atomic2dynamics.emulator.bench;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

/**
 * Builds the UpsertMultiple bodies of the benchmark (10 account columns per target, deterministic ids)
 * into one reused byte buffer, so that the client adds almost no garbage to the heap the emulator shares.
 * All text is ASCII.
 */
final class AccountBodies {
    private static final String[] CITIES = {"Paris", "Lyon", "Berlin", "Madrid", "London", "Boston", "Austin"};

    private byte[] buf = new byte[1 << 19];
    private int len;

    /** The body of request {@code request}: records {@code request * size} up to the next {@code size}. */
    AccountBodies fill(int request, int size) {
        len = 0;
        add("{\"Targets\":[");
        for (int i = 0; i < size; i++) {
            int n = request * size + i;
            add(i > 0 ? ",{" : "{").add("\"@odata.type\":\"Microsoft.Dynamics.CRM.account\",\"accountid\":\"")
                    .add(UUID.nameUUIDFromBytes(("bench:" + n).getBytes(StandardCharsets.UTF_8)).toString())
                    .add("\",\"name\":\"Company ").add(n).add("\",\"accountnumber\":\"ATM-").add(n)
                    .add("\",\"telephone1\":\"+1 555 01").add(n % 100).add("\",\"emailaddress1\":\"contact").add(n)
                    .add("@example.com\",\"websiteurl\":\"https://company").add(n).add(".example.com\",\"address1_city\":\"")
                    .add(CITIES[n % CITIES.length]).add("\",\"numberofemployees\":").add(n % 5000)
                    .add(",\"revenue\":").add(n % 100000).add(".50,\"industrycode\":").add(1 + n % 33)
                    .add(",\"description\":\"Migrated from Atomic CRM company ").add(n).add("\"}");
        }
        add("]}");
        return this;
    }

    byte[] bytes() {
        return buf;
    }

    int length() {
        return len;
    }

    private AccountBodies add(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[len++] = (byte) s.charAt(i);
        }
        return this;
    }

    private AccountBodies add(long n) {
        return add(Long.toString(n));
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }
}
