package org.atomic2dynamics.cli;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.demo.embedded.SourceDatabase;

/**
 * Rows in what a customer added (see atomic-source's Customisations): campaigns, deals pointing at them, and a
 * value in every custom column of a few contacts.
 */
final class CustomRows {
    /** The contacts given a value in every custom column. */
    static final int CONTACTS = 4;
    static final List<String> CAMPAIGNS = List.of("Spring launch", "Summer fair", "Autumn webinar");

    private static final String VALUES = "referred_by = 'Ann', code = 'C-42', score = 7, big_number = 9007199254740993,"
            + " ratio = 12.34, weight = 1.5, fee = 99.95, vip = true, external_id = '7c9e6679-7425-40de-944b-e07fc1f90ae7',"
            + " birthday = '1990-05-17', local_meeting = '2024-01-02 10:00', last_call = '2024-01-02 10:00+02',"
            + " opens_at = '09:30', call_length = '01:30:00', meta = '{\"tier\":\"gold\"}', aliases = '{Annie,A.}',"
            + " mood = 'happy', location = '(1.5,2)', availability = '[2024-01-01 00:00+00,2024-02-01 00:00+00)',"
            + " last_ip = '10.0.0.1', search = to_tsvector('english', 'hello world'), photo = '\\x0102ff',"
            + " flags = B'10101010', profile = '<p>vip</p>', pg_oid = 42";

    private CustomRows() {
    }

    /** Inserts the campaigns, links deals to them; returns deal id → campaign id. */
    static Map<Long, Long> insert(SourceDatabase db) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            List<Long> campaigns = new ArrayList<>();
            for (String name : CAMPAIGNS) {
                String starts = name.startsWith("Autumn") ? "null" : "'2024-0" + (campaigns.size() * 3 + 3) + "-01'";
                try (ResultSet r = st.executeQuery("insert into public.campaigns (name, starts) values ('" + name + "', "
                        + starts + ") returning id")) {
                    r.next();
                    campaigns.add(r.getLong(1));
                }
            }
            Map<Long, Long> deals = new LinkedHashMap<>();
            for (long deal : ids(st, "deals", 6)) {
                long campaign = campaigns.get(deals.size() % campaigns.size());
                st.execute("update public.deals set campaign_id = " + campaign + " where id = " + deal);
                deals.put(deal, campaign);
            }
            st.execute("update public.contacts set " + VALUES + " where id in (select id from public.contacts order by id"
                    + " limit " + CONTACTS + ")");
            return deals;
        }
    }

    static List<Long> ids(Statement st, String table, int limit) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (ResultSet r = st.executeQuery("select id from public." + table + " order by id limit " + limit)) {
            while (r.next()) {
                out.add(r.getLong(1));
            }
        }
        return out;
    }
}
