package com.cosell.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Makes an unanswered referral due now in a stack's database, so that stack's own expiry job (every
 * 2 s) expires it at its next run: a test watches a real expiry without waiting out the stack's
 * expiry period, which can then be long enough never to end a referral under a slow test.
 */
final class DueNow {

    private DueNow() {}

    /** The one unanswered referral whose id or name is {@code idOrName}. */
    static void referral(int postgresPort, String idOrName) throws SQLException {
        try (Connection c = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + postgresPort + "/cosell", "cosell", "cosell");
                PreparedStatement due =
                        c.prepareStatement("UPDATE referral SET expiration_at = now() WHERE substatus = 'Received'"
                                + " AND (id::text = ? OR name = ?)")) {
            due.setString(1, idOrName);
            due.setString(2, idOrName);
            assertThat(due.executeUpdate())
                    .as("unanswered referrals named " + idOrName)
                    .isEqualTo(1);
        }
    }
}
