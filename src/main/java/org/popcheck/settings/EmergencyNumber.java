package org.popcheck.settings;

import java.util.Locale;
import java.util.Set;

/** The local emergency number chosen from the system locale; the person can change it in settings. */
public final class EmergencyNumber {

    private static final Set<String> NINE_ONE_ONE = Set.of("US", "CA", "MX", "PH", "AR", "PA", "CR", "SV", "GT", "HN", "DO", "PR");
    private static final Set<String> NINE_NINE_NINE = Set.of("GB", "IE", "HK", "MY", "SG", "BD", "KE", "NG", "GH", "ZW", "MU");

    private EmergencyNumber() {}

    public static String forLocale(Locale locale) {
        String country = locale.getCountry();
        if (NINE_ONE_ONE.contains(country)) {
            return "911";
        }
        if (NINE_NINE_NINE.contains(country)) {
            return "999";
        }
        if (country.equals("AU")) {
            return "000";
        }
        // 112 works across the EU and from most mobile phones elsewhere.
        return "112";
    }
}
