package org.tagbench.simulator.internal.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;

import org.tagbench.simulator.SimulatorConfig.User;

/**
 * HTTP Basic authentication against the configured users.
 */
public final class BasicAuth {

    /** The challenge sent with 401. */
    public static final String CHALLENGE = "Basic realm=\"WinCCRestService\", charset=\"UTF-8\"";

    private BasicAuth() {
    }

    /** The user named by a valid Authorization header, or null. */
    public static User authenticate(String header, Map<String, User> users) {
        String[] credentials = credentials(header);
        if (credentials == null) {
            return null;
        }
        User user = users.get(credentials[0]);
        byte[] given = credentials[1].getBytes(StandardCharsets.UTF_8);
        byte[] expected = (user == null ? "\u0000" : user.password()).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, expected) && user != null ? user : null;
    }

    /** True when the header carries exactly these credentials. */
    public static boolean matches(String header, String name, String password) {
        String[] credentials = credentials(header);
        if (credentials == null) {
            return false;
        }
        boolean nameOk = MessageDigest.isEqual(credentials[0].getBytes(StandardCharsets.UTF_8),
                name.getBytes(StandardCharsets.UTF_8));
        boolean passwordOk = MessageDigest.isEqual(credentials[1].getBytes(StandardCharsets.UTF_8),
                password.getBytes(StandardCharsets.UTF_8));
        return nameOk & passwordOk;
    }

    private static String[] credentials(String header) {
        if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? null : new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) };
    }
}
